//! `.npz` files (NumPy's `savez`): a zip archive with one `.npy` entry per array, `NAME.npy`.
//! We write arrays of any fixed-size dtype (uint8 frames, int32 codes, float32 rewards and
//! replay columns) with stored or deflated entries (readable by `numpy.load`) and read
//! any numpy-written npz, including `savez_compressed` ones.
//!
//! Writes go to a temporary file in the same directory that is renamed into place, so a crash
//! never leaves a truncated episode behind.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::error::DataError;
use super::npy::{encode_header, read_header, NpyHeader};

/// NumPy's dtype string for uint8.
pub const UINT8_DESCR: &str = "|u1";

/// How array entries are stored in the zip.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Compression {
    /// Uncompressed, as `numpy.savez`.
    Stored,
    /// Deflate at a fast level, as `numpy.savez_compressed` (which uses the default level).
    #[default]
    Deflated,
}

/// One uint8 array to write: its name (without `.npy`), shape and C-order data.
pub struct U8Array<'a> {
    pub name: &'a str,
    pub shape: &'a [usize],
    pub data: &'a [u8],
}

/// Writes `arrays` to the npz file `path`.
pub fn write_u8_npz(
    path: &Path,
    arrays: &[U8Array],
    compression: Compression,
) -> Result<(), DataError> {
    let arrays: Vec<NpyArray> = arrays
        .iter()
        .map(|a| NpyArray {
            name: a.name,
            descr: UINT8_DESCR,
            shape: a.shape,
            data: a.data,
        })
        .collect();
    write_npz(path, &arrays, compression)
}

/// Writes one little-endian int32 array `name` of `shape` to the npz file `path`.
pub fn write_i32_npz(
    path: &Path,
    name: &str,
    shape: &[usize],
    values: &[i32],
    compression: Compression,
) -> Result<(), DataError> {
    let data: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
    let array = NpyArray {
        name,
        descr: "<i4",
        shape,
        data: &data,
    };
    write_npz(path, &[array], compression)
}

/// One array of any dtype to write: NumPy's dtype string (`|u1`, `<i4`, `<f4`, ..), shape
/// and little-endian C-order bytes.
pub struct NpyArray<'a> {
    pub name: &'a str,
    pub descr: &'a str,
    pub shape: &'a [usize],
    pub data: &'a [u8],
}

/// Writes `arrays` to the npz file `path`; each array's byte length must match its shape.
pub fn write_npz(
    path: &Path,
    arrays: &[NpyArray],
    compression: Compression,
) -> Result<(), DataError> {
    for array in arrays {
        let item_size = descr_item_size(array.descr);
        let expected = array.shape.iter().product::<usize>() * item_size;
        if item_size == 0 || expected != array.data.len() {
            return Err(DataError::BadInput {
                what: format!("{}: array `{}`", path.display(), array.name),
                expected: format!(
                    "{expected} bytes for dtype {} and shape {:?}",
                    array.descr, array.shape
                ),
                got: format!("{} bytes", array.data.len()),
            });
        }
    }
    let entries: Vec<(&str, Vec<u8>, &[u8])> = arrays
        .iter()
        .map(|a| (a.name, encode_header(a.descr, a.shape), a.data))
        .collect();
    write_entries(path, &entries, compression)
}

/// Bytes per element of a NumPy dtype string (`|u1` -> 1, `<f4` -> 4); 0 if not understood.
fn descr_item_size(descr: &str) -> usize {
    match descr.trim_start_matches(['<', '>', '|', '=']) {
        "u1" | "i1" | "b1" => 1,
        other => other
            .get(1..)
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(0),
    }
}

/// One little-endian float32 array to write: its name (without `.npy`), shape and values.
pub struct F32Array<'a> {
    pub name: &'a str,
    pub shape: &'a [usize],
    pub values: &'a [f32],
}

/// Writes float32 `arrays` to the npz file `path` (e.g. per-step rewards).
pub fn write_f32_npz(
    path: &Path,
    arrays: &[F32Array],
    compression: Compression,
) -> Result<(), DataError> {
    let bytes: Vec<Vec<u8>> = arrays
        .iter()
        .map(|a| a.values.iter().flat_map(|v| v.to_le_bytes()).collect())
        .collect();
    let arrays: Vec<NpyArray> = arrays
        .iter()
        .zip(&bytes)
        .map(|(a, data)| NpyArray {
            name: a.name,
            descr: "<f4",
            shape: a.shape,
            data,
        })
        .collect();
    write_npz(path, &arrays, compression)
}

/// Writes (name, npy header, data) entries through a temporary file renamed into place.
fn write_entries(
    path: &Path,
    entries: &[(&str, Vec<u8>, &[u8])],
    compression: Compression,
) -> Result<(), DataError> {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = path.with_file_name(format!(".{file_name}.partial"));
    let write = || -> Result<(), zip::result::ZipError> {
        let mut zip = ZipWriter::new(BufWriter::new(File::create(&temp)?));
        for (name, header, data) in entries {
            let size = header.len() + data.len();
            let options = match compression {
                Compression::Stored => {
                    SimpleFileOptions::default().compression_method(CompressionMethod::Stored)
                }
                Compression::Deflated => SimpleFileOptions::default()
                    .compression_method(CompressionMethod::Deflated)
                    .compression_level(Some(1)),
            }
            .large_file(size as u64 >= u32::MAX as u64);
            zip.start_file(format!("{name}.npy"), options)?;
            zip.write_all(header)?;
            zip.write_all(data)?;
        }
        let mut inner = zip.finish()?;
        inner.flush()?;
        inner.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        Ok(())
    };
    write().map_err(|error| DataError::Zip {
        path: path.to_path_buf(),
        error,
    })?;
    std::fs::rename(&temp, path).map_err(DataError::io(path))
}

/// An opened npz file.
pub struct NpzReader {
    path: std::path::PathBuf,
    archive: ZipArchive<BufReader<File>>,
}

impl NpzReader {
    pub fn open(path: &Path) -> Result<Self, DataError> {
        let file = File::open(path).map_err(DataError::io(path))?;
        let archive = ZipArchive::new(BufReader::new(file)).map_err(|error| DataError::Zip {
            path: path.to_path_buf(),
            error,
        })?;
        Ok(Self {
            path: path.to_path_buf(),
            archive,
        })
    }

    /// Names of the arrays in the file (entry names without `.npy`).
    pub fn array_names(&self) -> Vec<String> {
        self.archive
            .file_names()
            .filter_map(|name| name.ok().map(|n| n.trim_end_matches(".npy").to_string()))
            .collect()
    }

    fn entry(&mut self, key: &str) -> Result<zip::read::ZipFile<'_, BufReader<File>>, DataError> {
        let names = self.array_names();
        let path = self.path.clone();
        match self.archive.by_name(&format!("{key}.npy")) {
            Ok(entry) => Ok(entry),
            Err(zip::result::ZipError::FileNotFound) => Err(DataError::MissingArray {
                path,
                key: key.into(),
                found: names.join(", "),
            }),
            Err(error) => Err(DataError::Zip { path, error }),
        }
    }

    fn bad(&self, key: &str, problem: String) -> DataError {
        DataError::BadArray {
            path: self.path.clone(),
            key: key.into(),
            problem,
        }
    }

    /// The header of array `key`, reading only the start of its entry.
    pub fn header(&mut self, key: &str) -> Result<NpyHeader, DataError> {
        let result = read_header(&mut self.entry(key)?);
        result.map_err(|problem| self.bad(key, problem))
    }

    /// Array `key`'s header and raw data; the data must be exactly as long as the shape says.
    pub fn read(&mut self, key: &str) -> Result<(NpyHeader, Vec<u8>), DataError> {
        let mut entry = self.entry(key)?;
        let parsed = read_header(&mut entry);
        let mut data = Vec::new();
        let read = parsed.as_ref().ok().map(|_| entry.read_to_end(&mut data));
        drop(entry);
        let header = parsed.map_err(|problem| self.bad(key, problem))?;
        if let Some(Err(e)) = read {
            return Err(self.bad(key, format!("cannot read the data: {e}")));
        }
        let item_size = descr_item_size(&header.descr);
        let expected = header.element_count() * item_size;
        if item_size == 0 || data.len() != expected {
            let problem = format!(
                "{} data bytes for dtype {} and shape {:?}, expected {expected}",
                data.len(),
                header.descr,
                header.shape
            );
            return Err(self.bad(key, problem));
        }
        Ok((header, data))
    }
}
