//! TFRecord framing: each record is `u64 length (LE) | masked CRC32C of those 8 bytes (u32 LE)
//! | payload | masked CRC32C of the payload (u32 LE)`. TensorBoard event files are TFRecord
//! streams of `Event` protos.
//!
//! The reader checks both checksums; it is used to repair a file whose last record was cut by a
//! crash (before appending to it on resume) and by tests.

use std::path::Path;

use super::crc32c::masked_crc32c;
use super::LogError;

/// Bytes of framing around each payload: length (8) + its CRC (4) + payload CRC (4).
pub const FRAMING_BYTES: usize = 16;

/// Appends one framed record holding `payload` to `out`.
pub fn frame_record(payload: &[u8], out: &mut Vec<u8>) {
    let length = (payload.len() as u64).to_le_bytes();
    out.extend_from_slice(&length);
    out.extend_from_slice(&masked_crc32c(&length).to_le_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&masked_crc32c(payload).to_le_bytes());
}

/// The records of a TFRecord byte stream, split into the complete valid prefix and what follows.
pub struct ParsedRecords<'a> {
    /// Payloads of the valid records, in order.
    pub payloads: Vec<&'a [u8]>,
    /// Byte length of the valid prefix (where the next record would start).
    pub valid_len: usize,
    /// Why parsing stopped before the end of the stream, if it did.
    pub stopped: Option<String>,
}

/// Splits `bytes` into records, checking both CRCs; stops at the first short or corrupt record.
pub fn parse_records(bytes: &[u8]) -> ParsedRecords<'_> {
    let mut payloads = Vec::new();
    let mut offset = 0usize;
    let stopped = loop {
        let rest = &bytes[offset..];
        if rest.is_empty() {
            break None;
        }
        if rest.len() < 12 {
            break Some(format!("truncated length header at byte {offset}"));
        }
        let length_bytes = &rest[..8];
        let length_crc = u32::from_le_bytes(rest[8..12].try_into().expect("4 bytes"));
        if masked_crc32c(length_bytes) != length_crc {
            break Some(format!("length CRC mismatch at byte {offset}"));
        }
        let length = u64::from_le_bytes(length_bytes.try_into().expect("8 bytes"));
        let Some(end) = usize::try_from(length)
            .ok()
            .and_then(|n| n.checked_add(FRAMING_BYTES))
            .filter(|&end| end <= rest.len())
        else {
            break Some(format!(
                "truncated record of {length} bytes at byte {offset}"
            ));
        };
        let payload = &rest[12..end - 4];
        let payload_crc = u32::from_le_bytes(rest[end - 4..end].try_into().expect("4 bytes"));
        if masked_crc32c(payload) != payload_crc {
            break Some(format!("payload CRC mismatch at byte {offset}"));
        }
        payloads.push(payload);
        offset += end;
    };
    ParsedRecords {
        payloads,
        valid_len: offset,
        stopped,
    }
}

/// Reads every record of a TFRecord file; any truncated or corrupt record is an error naming the
/// file and the byte offset.
pub fn read_records(path: &Path) -> Result<Vec<Vec<u8>>, LogError> {
    let bytes = std::fs::read(path).map_err(|source| LogError::io(path, source))?;
    let parsed = parse_records(&bytes);
    if let Some(what) = parsed.stopped {
        return Err(LogError::CorruptRecord {
            path: path.to_path_buf(),
            what,
        });
    }
    Ok(parsed.payloads.into_iter().map(<[u8]>::to_vec).collect())
}
