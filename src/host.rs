//! Dense host arrays: what goes into and comes out of a device buffer. A `HostTensor` is a
//! dtype, a shape (row-major) and the raw little-endian bytes; typed views convert on the way
//! in and out, so every layer above the runtime can move data without knowing PJRT.

use crate::dtype::{DType, Element};

/// A dense, row-major array on the host.
#[derive(Clone, Debug, PartialEq)]
pub struct HostTensor {
    dtype: DType,
    dims: Vec<usize>,
    bytes: Vec<u8>,
}

/// What went wrong building or reading a host tensor.
#[derive(Debug, thiserror::Error)]
pub enum HostTensorError {
    #[error("host tensor: shape {dims:?} holds {expected} elements, got {got}")]
    Length {
        dims: Vec<usize>,
        expected: usize,
        got: usize,
    },
    #[error("host tensor: shape {dims:?} of {dtype} needs {expected} bytes, got {got}")]
    ByteLength {
        dims: Vec<usize>,
        dtype: DType,
        expected: usize,
        got: usize,
    },
    #[error("host tensor: read as {wanted}, but it holds {held}")]
    DType { wanted: DType, held: DType },
}

impl HostTensor {
    /// Builds a tensor from typed values; `values.len()` must be the product of `dims`.
    pub fn from_slice<T: Element>(dims: &[usize], values: &[T]) -> Result<Self, HostTensorError> {
        let expected: usize = dims.iter().product();
        if values.len() != expected {
            return Err(HostTensorError::Length {
                dims: dims.to_vec(),
                expected,
                got: values.len(),
            });
        }
        let size = T::DTYPE.size_bytes();
        debug_assert_eq!(size, std::mem::size_of::<T>());
        // SAFETY: every `Element` type is plain old data of exactly `size` bytes with no padding
        // (bool is one byte holding 0 or 1), so viewing the slice as bytes is sound.
        let bytes = unsafe {
            std::slice::from_raw_parts(values.as_ptr() as *const u8, values.len() * size)
        };
        Ok(Self {
            dtype: T::DTYPE,
            dims: dims.to_vec(),
            bytes: bytes.to_vec(),
        })
    }

    /// A scalar (rank-0) tensor.
    pub fn scalar<T: Element>(value: T) -> Self {
        Self::from_slice(&[], &[value]).expect("internal error: a scalar has one element")
    }

    /// A tensor of zeros (all-false for bool).
    pub fn zeros(dtype: DType, dims: &[usize]) -> Self {
        let n: usize = dims.iter().product();
        Self {
            dtype,
            dims: dims.to_vec(),
            bytes: vec![0; n * dtype.size_bytes()],
        }
    }

    /// Builds a tensor from raw little-endian bytes, as a device copy returns them.
    pub fn from_bytes(
        dtype: DType,
        dims: &[usize],
        bytes: Vec<u8>,
    ) -> Result<Self, HostTensorError> {
        let expected = dims.iter().product::<usize>() * dtype.size_bytes();
        if bytes.len() != expected {
            return Err(HostTensorError::ByteLength {
                dims: dims.to_vec(),
                dtype,
                expected,
                got: bytes.len(),
            });
        }
        Ok(Self {
            dtype,
            dims: dims.to_vec(),
            bytes,
        })
    }

    pub fn dtype(&self) -> DType {
        self.dtype
    }

    pub fn dims(&self) -> &[usize] {
        &self.dims
    }

    pub fn element_count(&self) -> usize {
        self.dims.iter().product()
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Copies the values out as `T`, which must be the tensor's dtype.
    pub fn to_vec<T: Element>(&self) -> Result<Vec<T>, HostTensorError> {
        if T::DTYPE != self.dtype {
            return Err(HostTensorError::DType {
                wanted: T::DTYPE,
                held: self.dtype,
            });
        }
        if T::DTYPE == DType::Bool {
            // Normalise: any non-zero byte is true, so no invalid `bool` is ever formed.
            let normalised: Vec<u8> = self.bytes.iter().map(|&b| (b != 0) as u8).collect();
            return Ok(reinterpret(&normalised));
        }
        Ok(reinterpret(&self.bytes))
    }

    /// Values converted to f64, for tests and metrics (bool as 0/1).
    pub fn to_f64_vec(&self) -> Vec<f64> {
        fn conv<T: Element>(t: &HostTensor, f: impl Fn(T) -> f64) -> Vec<f64> {
            t.to_vec::<T>()
                .expect("internal error: dtype checked by caller")
                .into_iter()
                .map(f)
                .collect()
        }
        match self.dtype {
            DType::Bool => conv::<bool>(self, |v| v as u8 as f64),
            DType::U8 => conv::<u8>(self, f64::from),
            DType::I32 => conv::<i32>(self, f64::from),
            DType::I64 => conv::<i64>(self, |v| v as f64),
            DType::U32 => conv::<u32>(self, f64::from),
            DType::U64 => conv::<u64>(self, |v| v as f64),
            DType::F16 => conv::<half::f16>(self, f64::from),
            DType::BF16 => conv::<half::bf16>(self, f64::from),
            DType::F32 => conv::<f32>(self, f64::from),
            DType::F64 => conv::<f64>(self, |v| v),
        }
    }
}

/// Copies bytes into a fresh, properly aligned `Vec<T>`.
fn reinterpret<T: Element>(bytes: &[u8]) -> Vec<T> {
    let size = std::mem::size_of::<T>();
    let n = bytes.len() / size;
    let mut out: Vec<T> = Vec::with_capacity(n);
    // SAFETY: `out` has capacity for `n` values of `T`; we copy exactly `n * size` bytes into
    // it and every bit pattern copied is valid for `T` (bool bytes are normalised to 0/1 by
    // the caller), then set the length.
    unsafe {
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), out.as_mut_ptr() as *mut u8, n * size);
        out.set_len(n);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_values_and_checks_lengths() {
        let t = HostTensor::from_slice(&[2, 2], &[1.0f32, -2.0, 3.5, 0.0]).unwrap();
        assert_eq!(t.to_vec::<f32>().unwrap(), vec![1.0, -2.0, 3.5, 0.0]);
        assert_eq!(t.as_bytes().len(), 16);
        assert!(t.to_vec::<f64>().is_err());
        assert!(HostTensor::from_slice(&[3], &[1i32, 2]).is_err());
        let b = HostTensor::from_bytes(DType::Bool, &[3], vec![0, 1, 7]).unwrap();
        assert_eq!(b.to_vec::<bool>().unwrap(), vec![false, true, true]);
    }
}
