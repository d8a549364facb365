//! The safetensors file format (https://github.com/huggingface/safetensors), written and read
//! here (it is small): an 8-byte little-endian header length, a JSON header mapping each
//! tensor name to `{dtype, shape, data_offsets: [begin, end]}` (offsets into the data section)
//! plus an optional `__metadata__` string map, padded with spaces to 8 bytes, then the raw
//! little-endian data. Python reads our files with `safetensors.numpy.load_file`.
//!
//! Decoding validates everything a truncated or corrupt file could break (header length,
//! JSON, dtype names, shapes against offsets, offsets covering the data exactly) and says
//! what is wrong.

use crate::dtype::DType;
use crate::host::HostTensor;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

const MAX_HEADER_BYTES: u64 = 100 << 20;

fn dtype_name(dtype: DType) -> &'static str {
    match dtype {
        DType::Bool => "BOOL",
        DType::U8 => "U8",
        DType::I32 => "I32",
        DType::I64 => "I64",
        DType::U32 => "U32",
        DType::U64 => "U64",
        DType::F16 => "F16",
        DType::BF16 => "BF16",
        DType::F32 => "F32",
        DType::F64 => "F64",
    }
}

fn dtype_from_name(name: &str) -> Option<DType> {
    DType::ALL.into_iter().find(|&d| dtype_name(d) == name)
}

/// The bytes of a safetensors file holding `tensors` (in this order) and `metadata`.
pub fn encode(tensors: &[(String, HostTensor)], metadata: &BTreeMap<String, String>) -> Vec<u8> {
    let mut header = Map::new();
    if !metadata.is_empty() {
        header.insert("__metadata__".to_string(), json!(metadata));
    }
    let mut offset = 0usize;
    for (name, t) in tensors {
        let end = offset + t.as_bytes().len();
        header.insert(
            name.clone(),
            json!({"dtype": dtype_name(t.dtype()), "shape": t.dims(), "data_offsets": [offset, end]}),
        );
        offset = end;
    }
    let mut text = Value::Object(header).to_string().into_bytes();
    while !(8 + text.len()).is_multiple_of(8) {
        text.push(b' ');
    }
    let mut out = Vec::with_capacity(8 + text.len() + offset);
    out.extend_from_slice(&(text.len() as u64).to_le_bytes());
    out.extend_from_slice(&text);
    for (_, t) in tensors {
        out.extend_from_slice(t.as_bytes());
    }
    out
}

/// A decoded file: tensors in data order, and the metadata map.
pub struct Decoded {
    pub tensors: Vec<(String, HostTensor)>,
    pub metadata: BTreeMap<String, String>,
}

/// Parses a safetensors file; the error says what is malformed.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if bytes.len() < 8 {
        return Err(format!(
            "{} bytes, shorter than the 8-byte header length",
            bytes.len()
        ));
    }
    let header_len = u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes"));
    if header_len > MAX_HEADER_BYTES || 8 + header_len > bytes.len() as u64 {
        return Err(format!(
            "header length {header_len} does not fit in the file's {} bytes",
            bytes.len()
        ));
    }
    let data = &bytes[8 + header_len as usize..];
    let header: Map<String, Value> = serde_json::from_slice(&bytes[8..8 + header_len as usize])
        .map_err(|e| format!("header is not a JSON object: {e}"))?;
    let mut metadata = BTreeMap::new();
    let mut entries = Vec::new();
    for (name, entry) in &header {
        if name == "__metadata__" {
            metadata = serde_json::from_value(entry.clone())
                .map_err(|e| format!("__metadata__ is not a string map: {e}"))?;
            continue;
        }
        let bad = |what: &str| format!("tensor `{name}`: {what}");
        let dtype = entry["dtype"]
            .as_str()
            .and_then(dtype_from_name)
            .ok_or_else(|| bad(&format!("unknown dtype {}", entry["dtype"])))?;
        let dims: Vec<usize> = serde_json::from_value(entry["shape"].clone())
            .map_err(|_| bad("shape is not a list of sizes"))?;
        let offsets: [usize; 2] = serde_json::from_value(entry["data_offsets"].clone())
            .map_err(|_| bad("data_offsets is not [begin, end]"))?;
        let want = dims.iter().product::<usize>() * dtype.size_bytes();
        if offsets[1] < offsets[0] || offsets[1] - offsets[0] != want {
            return Err(bad(&format!(
                "data_offsets {offsets:?} do not hold {want} bytes of {dtype}{dims:?}"
            )));
        }
        entries.push((name.clone(), dtype, dims, offsets));
    }
    entries.sort_by_key(|e| e.3[0]);
    let mut expected_begin = 0;
    for (name, _, _, offsets) in &entries {
        if offsets[0] != expected_begin {
            return Err(format!(
                "tensor `{name}` starts at data byte {}, expected {expected_begin} (overlap or gap)",
                offsets[0]
            ));
        }
        expected_begin = offsets[1];
    }
    if expected_begin != data.len() {
        return Err(format!(
            "the tensors hold {expected_begin} data bytes but the file has {} (truncated or padded)",
            data.len()
        ));
    }
    let tensors = entries
        .into_iter()
        .map(|(name, dtype, dims, [begin, end])| {
            let t = HostTensor::from_bytes(dtype, &dims, data[begin..end].to_vec())
                .expect("internal error: length checked above");
            (name, t)
        })
        .collect();
    Ok(Decoded { tensors, metadata })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_truncation() {
        let a = HostTensor::from_slice(&[2, 3], &[1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0]).unwrap();
        let b = HostTensor::from_slice(&[], &[7i32]).unwrap();
        let meta = BTreeMap::from([("step".to_string(), "3".to_string())]);
        let bytes = encode(
            &[("w".into(), a.clone()), ("count".into(), b.clone())],
            &meta,
        );
        let header_len = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
        assert_eq!((8 + header_len) % 8, 0);
        assert_eq!(bytes.len(), 8 + header_len + 24 + 4);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.tensors, vec![("w".into(), a), ("count".into(), b)]);
        assert_eq!(d.metadata, meta);
        let cut = decode(&bytes[..bytes.len() - 1]).err().unwrap();
        assert!(
            cut.contains("the tensors hold 28 data bytes but the file has 27"),
            "{cut}"
        );
        let cut = decode(&bytes[..20]).err().unwrap();
        assert!(cut.contains("does not fit"), "{cut}");
    }
}
