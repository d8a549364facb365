//! The `.npy` array format (NumPy's NEP 1): magic `\x93NUMPY`, version, a little-endian header
//! length, a Python-literal header dict `{'descr': ..., 'fortran_order': ..., 'shape': (...), }`
//! padded with spaces and a newline so the data starts at a multiple of 64 bytes, then the raw
//! data. We write version 1.0 and read versions 1, 2 and 3.

const MAGIC: &[u8] = b"\x93NUMPY";
const ALIGNMENT: usize = 64;

/// The parsed header of an `.npy` array.
#[derive(Clone, Debug, PartialEq)]
pub struct NpyHeader {
    /// NumPy dtype string, e.g. `|u1` for uint8.
    pub descr: String,
    pub fortran_order: bool,
    pub shape: Vec<usize>,
}

impl NpyHeader {
    pub fn element_count(&self) -> usize {
        self.shape.iter().product()
    }
}

/// The header bytes (magic to newline) of a C-order array with dtype `descr` and `shape`.
pub fn encode_header(descr: &str, shape: &[usize]) -> Vec<u8> {
    let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
    // A one-element tuple needs a trailing comma in Python: `(5,)`.
    let tuple = if dims.len() == 1 {
        format!("({},)", dims[0])
    } else {
        format!("({})", dims.join(", "))
    };
    let mut dict = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': {tuple}, }}");
    let unpadded = MAGIC.len() + 2 + 2 + dict.len() + 1;
    dict.push_str(&" ".repeat((ALIGNMENT - unpadded % ALIGNMENT) % ALIGNMENT));
    dict.push('\n');
    let mut bytes = Vec::with_capacity(MAGIC.len() + 4 + dict.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&[1, 0]);
    bytes.extend_from_slice(&(dict.len() as u16).to_le_bytes());
    bytes.extend_from_slice(dict.as_bytes());
    bytes
}

/// Reads and parses the header from the start of an `.npy` stream, leaving the reader at the
/// first data byte. Errors describe what is wrong with the header.
pub fn read_header(reader: &mut impl std::io::Read) -> Result<NpyHeader, String> {
    let mut preamble = [0u8; 8];
    reader
        .read_exact(&mut preamble)
        .map_err(|e| format!("cannot read the .npy preamble: {e}"))?;
    if &preamble[..6] != MAGIC {
        return Err(format!(
            "not an .npy array: starts with {:?}, expected \\x93NUMPY",
            &preamble[..6]
        ));
    }
    let length = match preamble[6] {
        1 => {
            let mut len = [0u8; 2];
            reader
                .read_exact(&mut len)
                .map_err(|e| format!("truncated .npy header: {e}"))?;
            u16::from_le_bytes(len) as usize
        }
        2 | 3 => {
            let mut len = [0u8; 4];
            reader
                .read_exact(&mut len)
                .map_err(|e| format!("truncated .npy header: {e}"))?;
            u32::from_le_bytes(len) as usize
        }
        version => {
            return Err(format!(
                "unsupported .npy version {version}, expected 1, 2 or 3"
            ))
        }
    };
    let mut dict = vec![0u8; length];
    reader
        .read_exact(&mut dict)
        .map_err(|e| format!("truncated .npy header: {e}"))?;
    let dict = String::from_utf8(dict).map_err(|_| "the .npy header is not text".to_string())?;
    parse_header_dict(&dict)
}

/// The text after `'key':` in a header dict, with leading spaces removed.
fn value_after<'a>(dict: &'a str, key: &str) -> Result<&'a str, String> {
    for quote in ['\'', '"'] {
        let pattern = format!("{quote}{key}{quote}");
        if let Some(start) = dict.find(&pattern) {
            let rest = dict[start + pattern.len()..].trim_start();
            if let Some(rest) = rest.strip_prefix(':') {
                return Ok(rest.trim_start());
            }
        }
    }
    Err(format!(
        "the .npy header has no '{key}' entry: {}",
        dict.trim()
    ))
}

fn parse_header_dict(dict: &str) -> Result<NpyHeader, String> {
    let descr_text = value_after(dict, "descr")?;
    let quote = descr_text
        .chars()
        .next()
        .filter(|c| *c == '\'' || *c == '"');
    let descr = quote
        .and_then(|q| descr_text[1..].split(q).next())
        .ok_or_else(|| format!("cannot read 'descr' in the .npy header: {}", dict.trim()))?;
    let order_text = value_after(dict, "fortran_order")?;
    let fortran_order = if order_text.starts_with("True") {
        true
    } else if order_text.starts_with("False") {
        false
    } else {
        return Err(format!(
            "cannot read 'fortran_order' in the .npy header: {}",
            dict.trim()
        ));
    };
    let shape_text = value_after(dict, "shape")?;
    let inner = shape_text
        .strip_prefix('(')
        .and_then(|s| s.split(')').next())
        .ok_or_else(|| format!("cannot read 'shape' in the .npy header: {}", dict.trim()))?;
    let shape = inner
        .split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| d.trim_end_matches('L').parse::<usize>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| format!("cannot read 'shape' in the .npy header: {}", dict.trim()))?;
    Ok(NpyHeader {
        descr: descr.to_string(),
        fortran_order,
        shape,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trips_and_aligns_data_to_64_bytes() {
        for shape in [vec![], vec![5], vec![3, 64, 64, 3]] {
            let bytes = encode_header("|u1", &shape);
            assert_eq!(bytes.len() % 64, 0);
            assert_eq!(*bytes.last().unwrap(), b'\n');
            let header = read_header(&mut bytes.as_slice()).unwrap();
            assert_eq!(
                header,
                NpyHeader {
                    descr: "|u1".into(),
                    fortran_order: false,
                    shape
                }
            );
        }
    }

    #[test]
    fn parses_headers_written_by_numpy() {
        // Exactly what numpy 2.x writes for np.zeros((2, 3), '<f4') (version 1.0).
        let dict = "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 3), }";
        let header = parse_header_dict(dict).unwrap();
        assert_eq!(header.descr, "<f4");
        assert!(header.fortran_order);
        assert_eq!(header.shape, vec![2, 3]);
        let err = parse_header_dict("{'descr': '<f4', 'shape': (2,), }").unwrap_err();
        assert!(err.contains("fortran_order"), "{err}");
        let err = read_header(&mut &b"PK\x03\x04 not npy"[..]).unwrap_err();
        assert!(err.contains("not an .npy array"), "{err}");
    }
}
