//! The TensorBoard protos we emit, as byte encoders over `proto::Message`: `Event` (with a
//! `file_version`, a `Summary` or a `SessionLog`), `Summary.Value` (scalar, image, histogram).

use super::histogram::Histogram;
use super::proto::Message;

/// The version string TensorBoard expects in the first event of a file.
pub const FILE_VERSION: &str = "brain.Event:2";

/// `SessionLog.status = START`: tells TensorBoard to drop data at or after this event's step
/// (left by an interrupted run that is now resumed from an earlier checkpoint).
const SESSION_START: i64 = 1;

/// What an `Event` carries (the `what` oneof).
pub enum EventBody<'a> {
    FileVersion,
    Summary(&'a [SummaryValue<'a>]),
    SessionStart,
}

/// One `Summary.Value`: a tag and its payload.
pub struct SummaryValue<'a> {
    pub tag: &'a str,
    pub kind: ValueKind<'a>,
}

pub enum ValueKind<'a> {
    Scalar(f32),
    /// An encoded image (PNG or GIF bytes) with its size and channel count (1, 2, 3 or 4, which
    /// is also TensorBoard's `colorspace` numbering).
    Image {
        height: u32,
        width: u32,
        channels: u32,
        encoded: &'a [u8],
    },
    Histogram(&'a Histogram),
    /// Markdown text for TensorBoard's text dashboard.
    Text(&'a str),
}

/// `DataType.DT_STRING` of tensorflow/core/framework/types.proto.
const DT_STRING: i64 = 7;

/// Encodes `Event { wall_time = 1, step = 2, file_version = 3 | summary = 5 | session_log = 7 }`.
pub fn encode_event(wall_time: f64, step: i64, body: &EventBody) -> Vec<u8> {
    let mut event = Message::new();
    event.double(1, wall_time).int(2, step);
    match body {
        EventBody::FileVersion => {
            event.bytes(3, FILE_VERSION.as_bytes());
        }
        EventBody::Summary(values) => {
            let mut summary = Message::new();
            for value in values.iter() {
                summary.bytes(1, &encode_value(value));
            }
            event.bytes(5, &summary.into_bytes());
        }
        EventBody::SessionStart => {
            let mut session_log = Message::new();
            session_log.int(1, SESSION_START);
            event.bytes(7, &session_log.into_bytes());
        }
    }
    event.into_bytes()
}

/// `Summary.Value { tag = 1, simple_value = 2 | image = 4 | histo = 5 | tensor = 8, metadata = 9 }`.
fn encode_value(value: &SummaryValue) -> Vec<u8> {
    let mut message = Message::new();
    message.bytes(1, value.tag.as_bytes());
    match &value.kind {
        ValueKind::Scalar(x) => {
            message.float(2, *x);
        }
        ValueKind::Image {
            height,
            width,
            channels,
            encoded,
        } => {
            let mut image = Message::new();
            image
                .int(1, i64::from(*height))
                .int(2, i64::from(*width))
                .int(3, i64::from(*channels))
                .bytes(4, encoded);
            message.bytes(4, &image.into_bytes());
        }
        ValueKind::Histogram(h) => {
            let mut histo = Message::new();
            histo
                .double(1, h.min)
                .double(2, h.max)
                .double(3, h.num)
                .double(4, h.sum)
                .double(5, h.sum_squares)
                .packed_doubles(6, &h.bucket_limits)
                .packed_doubles(7, &h.bucket_counts);
            message.bytes(5, &histo.into_bytes());
        }
        ValueKind::Text(text) => {
            // A scalar string `TensorProto { dtype = 1, string_val = 8 }` tagged for the text
            // plugin by `SummaryMetadata { plugin_data = 1 { plugin_name = 1 } }`.
            let mut plugin_data = Message::new();
            plugin_data.bytes(1, b"text");
            let mut metadata = Message::new();
            metadata.bytes(1, &plugin_data.into_bytes());
            let mut tensor = Message::new();
            tensor.int(1, DT_STRING).bytes(8, text.as_bytes());
            message
                .bytes(8, &tensor.into_bytes())
                .bytes(9, &metadata.into_bytes());
        }
    }
    message.into_bytes()
}
