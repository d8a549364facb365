//! Our TensorBoard writer checked without Python: CRC32C against published test vectors, the
//! TFRecord framing and Event protos parsed back, torn-tail repair on resume, histogram
//! buckets, images decoded again (PNG, GIF), metrics.jsonl on resume.

use viper::logging::crc32c::{crc32c, masked_crc32c};
use viper::logging::proto::{decode_fields, FieldValue};
use viper::logging::tfrecord::read_records;
use viper::logging::{video_gif, EventWriter, Histogram, Image, RunLogger, METRICS_FILE};

#[test]
fn crc32c_matches_published_test_vectors() {
    // The CRC-32C check value, and the iSCSI vectors of RFC 3720 appendix B.4.
    assert_eq!(crc32c(b"123456789"), 0xE306_9283);
    assert_eq!(crc32c(&[0u8; 32]), 0x8A91_36AA);
    assert_eq!(crc32c(&[0xFFu8; 32]), 0x62A8_AB43);
    let ascending: Vec<u8> = (0..32).collect();
    assert_eq!(crc32c(&ascending), 0x46DD_794E);
    // Masked form, as computed by Python tensorboard's
    // `tensorflow_stub.pywrap_tensorflow.masked_crc32c(b"123456789")`.
    assert_eq!(masked_crc32c(b"123456789"), 0xC78A_B0E5);
}

/// Top-level fields of an Event payload.
fn event_fields(payload: &[u8]) -> Vec<(u32, FieldValue<'_>)> {
    decode_fields(payload).expect("valid protobuf")
}

fn field<'a>(fields: &[(u32, FieldValue<'a>)], number: u32) -> Option<FieldValue<'a>> {
    fields
        .iter()
        .find(|(n, _)| *n == number)
        .map(|(_, v)| v.clone())
}

/// (step, tag, simple_value) of a scalar event.
fn scalar_of(payload: &[u8]) -> (u64, String, f32) {
    let event = event_fields(payload);
    let Some(FieldValue::Varint(step)) = field(&event, 2) else {
        panic!("no step")
    };
    let Some(FieldValue::Bytes(summary)) = field(&event, 5) else {
        panic!("no summary")
    };
    let summary = decode_fields(summary).unwrap();
    let Some(FieldValue::Bytes(value)) = field(&summary, 1) else {
        panic!("no value")
    };
    let value = decode_fields(value).unwrap();
    let Some(FieldValue::Bytes(tag)) = field(&value, 1) else {
        panic!("no tag")
    };
    let simple = field(&value, 2)
        .and_then(|v| v.as_f32())
        .expect("simple_value");
    (step, String::from_utf8(tag.to_vec()).unwrap(), simple)
}

#[test]
fn event_file_parses_back_with_valid_crcs() {
    let dir = tempfile::tempdir().unwrap();
    let path = {
        let mut writer = EventWriter::open(dir.path()).unwrap();
        writer.add_scalar("loss", 0.25, 7).unwrap();
        writer.add_scalar("loss", -3.5, 8).unwrap();
        writer.path().to_path_buf()
    };
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    assert!(name.starts_with("events.out.tfevents."), "{name}");
    let records = read_records(&path).unwrap();
    assert_eq!(records.len(), 3);
    let first = event_fields(&records[0]);
    assert_eq!(field(&first, 3), Some(FieldValue::Bytes(b"brain.Event:2")));
    let wall_time = field(&first, 1).and_then(|v| v.as_f64()).unwrap();
    assert!(
        wall_time > 1.6e9,
        "wall time in Unix seconds, got {wall_time}"
    );
    assert_eq!(scalar_of(&records[1]), (7, "loss".to_string(), 0.25));
    assert_eq!(scalar_of(&records[2]), (8, "loss".to_string(), -3.5));

    // Any flipped byte is caught by a checksum.
    let bytes = std::fs::read(&path).unwrap();
    for offset in [3, 10, 20, bytes.len() - 2] {
        let mut corrupt = bytes.clone();
        corrupt[offset] ^= 0x40;
        std::fs::write(&path, &corrupt).unwrap();
        let error = read_records(&path).unwrap_err().to_string();
        assert!(
            error.contains("corrupt TFRecord"),
            "offset {offset}: {error}"
        );
    }
}

#[test]
fn reopening_cuts_a_torn_record_and_appends() {
    let dir = tempfile::tempdir().unwrap();
    let path = {
        let mut writer = EventWriter::open(dir.path()).unwrap();
        writer.add_scalar("loss", 1.0, 1).unwrap();
        writer.path().to_path_buf()
    };
    let intact = std::fs::read(&path).unwrap();
    // A crash mid-write: the next record's first 10 bytes only.
    let mut torn = intact.clone();
    torn.extend_from_slice(&[0x2A, 0, 0, 0, 0, 0, 0, 0, 0x11, 0x22]);
    std::fs::write(&path, &torn).unwrap();
    {
        let mut writer = EventWriter::open(dir.path()).unwrap();
        assert_eq!(writer.path(), path);
        writer.add_scalar("loss", 2.0, 2).unwrap();
    }
    let records = read_records(&path).unwrap();
    assert_eq!(records.len(), 3);
    assert_eq!(scalar_of(&records[2]), (2, "loss".to_string(), 2.0));
}

#[test]
fn histogram_buckets_hold_their_values() {
    let values: Vec<f64> = (0..200)
        .map(|i| ((i as f64) * 0.37).sin() * 10f64.powi(i % 7 - 3))
        .collect();
    let h = Histogram::from_values(&values).unwrap();
    assert_eq!(h.num, 200.0);
    assert_eq!(h.min, values.iter().cloned().fold(f64::INFINITY, f64::min));
    assert_eq!(
        h.max,
        values.iter().cloned().fold(f64::NEG_INFINITY, f64::max)
    );
    assert!(h.bucket_limits.windows(2).all(|w| w[0] < w[1]));
    for (i, (&limit, &count)) in h.bucket_limits.iter().zip(&h.bucket_counts).enumerate() {
        let low = if i == 0 {
            f64::NEG_INFINITY
        } else {
            h.bucket_limits[i - 1]
        };
        let inside = values.iter().filter(|&&v| low <= v && v < limit).count();
        assert_eq!(count, inside as f64, "bucket {i}");
    }
    // Exponential edges: consecutive positive default edges grow by 1.1.
    let edges = viper::logging::histogram::default_bucket_limits();
    let zero = edges.iter().position(|&e| e == 0.0).unwrap();
    assert_eq!(edges[zero + 1], 1e-12);
    assert!((edges[zero + 2] / edges[zero + 1] - 1.1).abs() < 1e-12);
    let error = Histogram::from_values(&[1.0, f64::NAN]).unwrap_err();
    assert_eq!(error, 1);
}

#[test]
fn png_and_gif_decode_to_the_logged_pixels() {
    let pixels: Vec<u8> = (0..3 * 5 * 3).map(|i| (i * 17 % 256) as u8).collect();
    let image = Image::new(3, 5, 3, pixels.clone()).unwrap();
    let png_bytes = image.to_png().unwrap();
    let mut reader = png::Decoder::new(std::io::Cursor::new(png_bytes))
        .read_info()
        .unwrap();
    let mut decoded = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut decoded).unwrap();
    assert_eq!((info.height, info.width), (3, 5));
    assert_eq!(&decoded[..info.buffer_size()], &pixels[..]);

    // Few colours, so the GIF palette holds them exactly.
    let colours = [[255u8, 0, 0], [0, 255, 0], [0, 0, 255], [250, 250, 250]];
    let frames: Vec<Image> = (0..3)
        .map(|t| {
            let px = (0..4 * 6).flat_map(|i| colours[(i + t) % 4]).collect();
            Image::new(4, 6, 3, px).unwrap()
        })
        .collect();
    let gif_bytes = video_gif(&frames, 10).unwrap();
    let mut options = gif::DecodeOptions::new();
    options.set_color_output(gif::ColorOutput::RGBA);
    let mut decoder = options.read_info(std::io::Cursor::new(gif_bytes)).unwrap();
    let mut count = 0;
    while let Some(frame) = decoder.read_next_frame().unwrap() {
        let rgb: Vec<u8> = frame
            .buffer
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        assert_eq!(rgb, frames[count].pixels, "frame {count}");
        assert_eq!(frame.delay, 10);
        count += 1;
    }
    assert_eq!(count, 3);
    assert!(Image::new(2, 2, 3, vec![0; 11])
        .unwrap_err()
        .to_string()
        .contains("expected 12"));
}

#[test]
fn metrics_jsonl_lists_each_step_once_after_a_resume() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut logger = RunLogger::open(dir.path(), 0).unwrap();
        for step in 0..5u64 {
            logger
                .log_scalars(
                    [
                        ("loss", 1.0 / (step as f64 + 1.0)),
                        ("accuracy", 0.1 * step as f64),
                    ],
                    step,
                )
                .unwrap();
        }
    }
    let path = dir.path().join(METRICS_FILE);
    // A crash mid-line.
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("{\"step\":5,\"wall");
    std::fs::write(&path, text).unwrap();
    {
        let mut logger = RunLogger::open(dir.path(), 3).unwrap();
        logger.log_scalars([("loss", f64::NAN)], 3).unwrap();
        let error = logger
            .log_scalars([("step", 1.0)], 4)
            .unwrap_err()
            .to_string();
        assert!(error.contains("'step' is reserved"), "{error}");
    }
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let steps: Vec<u64> = lines.iter().map(|l| l["step"].as_u64().unwrap()).collect();
    assert_eq!(steps, [0, 1, 2, 3]);
    assert_eq!(lines[2]["loss"].as_f64(), Some(1.0 / 3.0));
    assert_eq!(lines[2]["accuracy"].as_f64(), Some(0.1 * 2.0));
    assert!(lines[3]["loss"].is_null(), "NaN is written as null");
    assert!(lines[3]["wall_time"].as_f64().unwrap() > 1.6e9);
}

#[test]
fn progress_is_hidden_when_quiet_and_counts_from_the_resumed_step() {
    let progress = viper::logging::Progress::new("train", 3, 10, true);
    assert!(!progress.is_visible());
    assert_eq!(progress.position(), 3);
    progress.inc(2);
    assert_eq!(progress.position(), 5);
    progress.set_position(9);
    assert_eq!(progress.position(), 9);
    progress.finish();
}

#[test]
fn images_and_videos_come_from_host_tensors() {
    use viper::logging::frames_from_tensor;
    use viper::HostTensor;
    let gray = HostTensor::from_slice(&[2, 3], &[0u8, 1, 2, 3, 4, 5]).unwrap();
    assert_eq!(
        Image::from_tensor(&gray).unwrap(),
        Image::new(2, 3, 1, vec![0, 1, 2, 3, 4, 5]).unwrap()
    );

    // Float pixels in [0, 1] (clamped outside), frame-major [T, H, W, C] = [2, 2, 1, 3].
    let values: Vec<f32> = (0..12).map(|i| i as f32 / 10.0 - 0.1).collect();
    let video = HostTensor::from_slice(&[2, 2, 1, 3], &values).unwrap();
    let frames = frames_from_tensor(&video).unwrap();
    assert_eq!(frames.len(), 2);
    let expected = |i: usize| (f64::from(values[i]).clamp(0.0, 1.0) * 255.0).round() as u8;
    assert_eq!(frames[1].pixels, (6..12).map(expected).collect::<Vec<u8>>());
    assert_eq!(
        (frames[1].height, frames[1].width, frames[1].channels),
        (2, 1, 3)
    );

    let ints = HostTensor::from_slice(&[2, 2], &[1i32, 2, 3, 4]).unwrap();
    let error = Image::from_tensor(&ints).unwrap_err().to_string();
    assert!(error.contains("dtype"), "{error}");
    let flat = HostTensor::from_slice(&[4], &[0u8; 4]).unwrap();
    let error = frames_from_tensor(&flat).unwrap_err().to_string();
    assert!(error.contains("[T, H, W, C]"), "{error}");
}

#[test]
fn grids_and_strips_tile_images_row_by_row() {
    use viper::logging::{image_grid, video_strip};
    // Five 2x3 gray images whose pixels encode (image, row, column).
    let images: Vec<Image> = (0..5u8)
        .map(|i| Image::new(2, 3, 1, (0..6).map(|p| i * 10 + p).collect()).unwrap())
        .collect();
    let grid = image_grid(&images, 2).unwrap();
    assert_eq!((grid.height, grid.width, grid.channels), (6, 6, 1));
    for y in 0..6usize {
        for x in 0..6usize {
            let index = (y / 2) * 2 + x / 3;
            let expected = if index < 5 {
                index as u8 * 10 + ((y % 2) * 3 + x % 3) as u8
            } else {
                0
            };
            assert_eq!(grid.pixels[y * 6 + x], expected, "pixel ({y}, {x})");
        }
    }
    let strip = video_strip(&images).unwrap();
    assert_eq!((strip.height, strip.width), (2, 15));
    assert_eq!(
        strip.pixels[..15],
        [0, 1, 2, 10, 11, 12, 20, 21, 22, 30, 31, 32, 40, 41, 42]
    );
    let mismatched = [images[0].clone(), Image::new(3, 2, 1, vec![0; 6]).unwrap()];
    let error = image_grid(&mismatched, 2).unwrap_err().to_string();
    assert!(
        error.contains("image 1 is [3, 2, 1] but image 0 is [2, 3, 1]"),
        "{error}"
    );
}
