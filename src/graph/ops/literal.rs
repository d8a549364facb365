//! Constant values stored in the IR. A literal is a list of 64-bit patterns whose meaning
//! comes from the node's dtype: floats hold the f64 bits of the value already rounded to the
//! dtype, signed integers their i64 value, unsigned integers their u64 value, bools 0/1. One
//! entry means a splat over the node's whole shape. Bits (not f64) make literals `Eq + Hash`,
//! which common-subexpression elimination needs.

use crate::dtype::DType;
use crate::host::HostTensor;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Literal {
    bits: Vec<u64>,
}

/// Rounds `value` to what `dtype` can hold (saturating for integers).
pub fn round_to_dtype(value: f64, dtype: DType) -> f64 {
    match dtype {
        DType::F64 => value,
        DType::F32 => value as f32 as f64,
        DType::F16 => f64::from(half::f16::from_f64(value)),
        DType::BF16 => f64::from(half::bf16::from_f64(value)),
        DType::Bool => (value != 0.0) as u8 as f64,
        DType::U8 => value as u8 as f64,
        DType::I32 => value as i32 as f64,
        DType::I64 => value as i64 as f64,
        DType::U32 => value as u32 as f64,
        DType::U64 => value as u64 as f64,
    }
}

fn encode(value: f64, dtype: DType) -> u64 {
    let v = round_to_dtype(value, dtype);
    match dtype {
        DType::F16 | DType::BF16 | DType::F32 | DType::F64 => v.to_bits(),
        DType::Bool | DType::U8 | DType::U32 | DType::U64 => value_as_u64(value, dtype),
        DType::I32 | DType::I64 => v as i64 as u64,
    }
}

fn value_as_u64(value: f64, dtype: DType) -> u64 {
    match dtype {
        DType::Bool => (value != 0.0) as u64,
        DType::U8 => value as u8 as u64,
        DType::U32 => value as u32 as u64,
        _ => value as u64,
    }
}

impl Literal {
    /// One value repeated over the whole shape.
    pub fn splat(value: f64, dtype: DType) -> Self {
        Literal {
            bits: vec![encode(value, dtype)],
        }
    }

    /// An exact integer splat (for u64/i64 values that f64 cannot hold exactly).
    pub fn splat_bits(bits: u64) -> Self {
        Literal { bits: vec![bits] }
    }

    /// The values of a host tensor, element by element.
    pub fn from_host(host: &HostTensor) -> Self {
        let dtype = host.dtype();
        let bits = match dtype {
            DType::I64 => host
                .to_vec::<i64>()
                .expect("internal error: dtype checked")
                .into_iter()
                .map(|v| v as u64)
                .collect(),
            DType::U64 => host.to_vec::<u64>().expect("internal error: dtype checked"),
            _ => host
                .to_f64_vec()
                .into_iter()
                .map(|v| encode(v, dtype))
                .collect(),
        };
        Literal { bits }
    }

    pub fn is_splat(&self) -> bool {
        self.bits.len() == 1
    }

    pub fn len(&self) -> usize {
        self.bits.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bits.is_empty()
    }

    /// The raw pattern of element `i` (see the module doc for its meaning).
    pub fn bits(&self, i: usize) -> u64 {
        self.bits[i]
    }

    /// Element `i` as f64 under `dtype`'s encoding.
    pub fn value_f64(&self, i: usize, dtype: DType) -> f64 {
        let b = self.bits[i];
        match dtype {
            DType::F16 | DType::BF16 | DType::F32 | DType::F64 => f64::from_bits(b),
            DType::I32 | DType::I64 => b as i64 as f64,
            _ => b as f64,
        }
    }
}
