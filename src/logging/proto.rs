//! Hand-written protobuf wire encoding for the few TensorBoard messages we write (`Event`,
//! `Summary`, `Summary.Image`, `HistogramProto`, `SessionLog`), and a field decoder for tests.
//!
//! Field numbers follow tensorflow/core/util/event.proto and framework/summary.proto. Wire types:
//! 0 varint, 1 fixed64, 2 length-delimited, 5 fixed32.

const VARINT: u32 = 0;
const FIXED64: u32 = 1;
const LENGTH_DELIMITED: u32 = 2;
const FIXED32: u32 = 5;

/// A protobuf message being built field by field.
#[derive(Default)]
pub struct Message {
    bytes: Vec<u8>,
}

impl Message {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.bytes.push((value as u8) | 0x80);
            value >>= 7;
        }
        self.bytes.push(value as u8);
    }

    fn key(&mut self, field: u32, wire_type: u32) {
        self.varint(u64::from(field << 3 | wire_type));
    }

    /// int32/int64/enum field (negative values take 10 bytes, as protobuf specifies).
    pub fn int(&mut self, field: u32, value: i64) -> &mut Self {
        self.key(field, VARINT);
        self.varint(value as u64);
        self
    }

    pub fn double(&mut self, field: u32, value: f64) -> &mut Self {
        self.key(field, FIXED64);
        self.bytes.extend_from_slice(&value.to_le_bytes());
        self
    }

    pub fn float(&mut self, field: u32, value: f32) -> &mut Self {
        self.key(field, FIXED32);
        self.bytes.extend_from_slice(&value.to_le_bytes());
        self
    }

    /// string, bytes or embedded message field.
    pub fn bytes(&mut self, field: u32, value: &[u8]) -> &mut Self {
        self.key(field, LENGTH_DELIMITED);
        self.varint(value.len() as u64);
        self.bytes.extend_from_slice(value);
        self
    }

    /// packed `repeated double` field.
    pub fn packed_doubles(&mut self, field: u32, values: &[f64]) -> &mut Self {
        let packed: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        self.bytes(field, &packed)
    }
}

/// One decoded field value.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldValue<'a> {
    Varint(u64),
    Fixed64([u8; 8]),
    Bytes(&'a [u8]),
    Fixed32([u8; 4]),
}

impl FieldValue<'_> {
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            FieldValue::Fixed64(b) => Some(f64::from_le_bytes(*b)),
            _ => None,
        }
    }

    pub fn as_f32(&self) -> Option<f32> {
        match self {
            FieldValue::Fixed32(b) => Some(f32::from_le_bytes(*b)),
            _ => None,
        }
    }
}

fn read_varint(bytes: &[u8], offset: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *bytes.get(*offset)?;
        *offset += 1;
        value |= u64::from(byte & 0x7F) << shift;
        if byte & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// Decodes the top-level fields of a message as (field number, value) pairs, or None when the
/// bytes are not valid protobuf wire format. Used by tests to read events back without Python.
pub fn decode_fields(bytes: &[u8]) -> Option<Vec<(u32, FieldValue<'_>)>> {
    let mut fields = Vec::new();
    let mut offset = 0;
    while offset < bytes.len() {
        let key = read_varint(bytes, &mut offset)?;
        let field = u32::try_from(key >> 3).ok()?;
        let value = match (key & 7) as u32 {
            VARINT => FieldValue::Varint(read_varint(bytes, &mut offset)?),
            FIXED64 => {
                let b = bytes.get(offset..offset + 8)?;
                offset += 8;
                FieldValue::Fixed64(b.try_into().ok()?)
            }
            LENGTH_DELIMITED => {
                let len = usize::try_from(read_varint(bytes, &mut offset)?).ok()?;
                let b = bytes.get(offset..offset.checked_add(len)?)?;
                offset += len;
                FieldValue::Bytes(b)
            }
            FIXED32 => {
                let b = bytes.get(offset..offset + 4)?;
                offset += 4;
                FieldValue::Fixed32(b.try_into().ok()?)
            }
            _ => return None,
        };
        fields.push((field, value));
    }
    Some(fields)
}
