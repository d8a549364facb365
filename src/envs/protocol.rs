//! The binary protocol between viper and a Python environment worker (`tools/envs/worker.py`,
//! whose docstring states the same layout).
//!
//! Every message in either direction is `kind: u8 (an ASCII letter) | length: u32 LE | payload`.
//!
//! Requests (viper to worker):
//! - `R` reset: payload `seed: u64 LE`.
//! - `S` step: payload `f32 LE * dim` (continuous, in [-1, 1]) or `u32 LE` (discrete index).
//! - `C` close: empty; the worker exits without replying.
//! - `D` debug: JSON describing a fault to inject (tests only), see [`WorkerFault`].
//!
//! Replies (worker to viper):
//! - `H` hello, once at start: JSON [`Hello`].
//! - `O` observation, the reply to reset and step: `reward: f32 | flags: u8 (bit 0 is_first,
//!   bit 1 is_last, bit 2 is_terminal) | expert kind: u8 (0 none, 1 continuous, 2 discrete) |
//!   image: 64*64*3 u8 | expert action (f32 * dim, or u32)`. The scripted expert's action for the
//!   new state rides along, which saves a round trip per step.
//! - `K` ack of a debug request.
//! - `E` error: the UTF-8 Python traceback of a failed request (the worker stays up).

use std::io::{self, Read, Write};

use serde::{Deserialize, Serialize};

use super::env::{Action, ActionSpace, Step, IMAGE_BYTES};

pub const RESET: u8 = b'R';
pub const STEP: u8 = b'S';
pub const CLOSE: u8 = b'C';
pub const DEBUG: u8 = b'D';
pub const HELLO: u8 = b'H';
pub const OBSERVATION: u8 = b'O';
pub const ACK: u8 = b'K';
pub const ERROR: u8 = b'E';

const FLAG_FIRST: u8 = 1;
const FLAG_LAST: u8 = 2;
const FLAG_TERMINAL: u8 = 4;
/// Reward, flags and expert kind before the image.
const OBSERVATION_HEAD: usize = 6;
/// Upper bound on a reply's payload, so a corrupt length cannot allocate gigabytes.
const MAX_PAYLOAD: usize = 64 << 20;

/// A malformed message from a worker.
#[derive(Debug, thiserror::Error)]
pub enum ProtocolError {
    #[error("reading the worker's pipe: {0}")]
    Io(#[from] io::Error),
    #[error(
        "message of kind {kind:?} has a {len}-byte payload, over the {MAX_PAYLOAD}-byte limit"
    )]
    TooLong { kind: char, len: usize },
    #[error("observation payload of {got} bytes: expected at least {expected}")]
    ShortObservation { got: usize, expected: usize },
    #[error("expert action of kind {kind} with {len} trailing bytes is malformed")]
    BadExpert { kind: u8, len: usize },
    #[error("hello message is not valid JSON: {0}")]
    BadHello(#[from] serde_json::Error),
    #[error("unexpected message kind {0:?}")]
    UnexpectedKind(char),
}

/// The worker's description of itself, sent once at start.
#[derive(Clone, Debug, Deserialize)]
pub struct Hello {
    pub task: String,
    pub action_space: HelloActionSpace,
    pub has_expert: bool,
    pub pid: u32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum HelloActionSpace {
    Continuous { dim: usize },
    Discrete { n: usize },
}

impl From<&HelloActionSpace> for ActionSpace {
    fn from(space: &HelloActionSpace) -> Self {
        match *space {
            HelloActionSpace::Continuous { dim } => ActionSpace::Continuous { dim },
            HelloActionSpace::Discrete { n } => ActionSpace::Discrete { n },
        }
    }
}

/// A fault a worker injects into itself on request, to test viper's fault handling.
#[derive(Clone, Debug, Serialize)]
pub struct WorkerFault {
    /// `sleep`, `raise` or `exit`.
    #[serde(rename = "do")]
    pub action: String,
    /// `now` (while handling the debug request) or `step` (on the next step request).
    pub on: String,
    pub seconds: f64,
    pub message: String,
}

/// One decoded reply.
#[derive(Clone, Debug)]
pub enum Reply {
    Hello(Hello),
    Observation { step: Step, expert: Option<Action> },
    Ack,
    Error(String),
}

/// Writes one message.
pub fn write_message(out: &mut impl Write, kind: u8, payload: &[u8]) -> io::Result<()> {
    let len = u32::try_from(payload.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "payload over 4 GiB"))?;
    let mut message = Vec::with_capacity(5 + payload.len());
    message.push(kind);
    message.extend_from_slice(&len.to_le_bytes());
    message.extend_from_slice(payload);
    out.write_all(&message)?;
    out.flush()
}

/// Reads one message; `None` at a clean end of the stream (the worker exited).
pub fn read_message(input: &mut impl Read) -> Result<Option<(u8, Vec<u8>)>, ProtocolError> {
    let mut header = [0u8; 5];
    match input.read_exact(&mut header) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e.into()),
    }
    let len = u32::from_le_bytes([header[1], header[2], header[3], header[4]]) as usize;
    if len > MAX_PAYLOAD {
        return Err(ProtocolError::TooLong {
            kind: header[0] as char,
            len,
        });
    }
    let mut payload = vec![0u8; len];
    input.read_exact(&mut payload)?;
    Ok(Some((header[0], payload)))
}

/// The payload of a step request.
pub fn encode_action(action: &Action) -> Vec<u8> {
    match action {
        Action::Continuous(values) => values.iter().flat_map(|v| v.to_le_bytes()).collect(),
        Action::Discrete(index) => (*index as u32).to_le_bytes().to_vec(),
    }
}

/// Decodes a reply of any kind.
pub fn decode_reply(kind: u8, payload: Vec<u8>) -> Result<Reply, ProtocolError> {
    match kind {
        HELLO => Ok(Reply::Hello(serde_json::from_slice(&payload)?)),
        OBSERVATION => decode_observation(&payload),
        ACK => Ok(Reply::Ack),
        ERROR => Ok(Reply::Error(String::from_utf8_lossy(&payload).into_owned())),
        other => Err(ProtocolError::UnexpectedKind(other as char)),
    }
}

fn decode_observation(payload: &[u8]) -> Result<Reply, ProtocolError> {
    let expected = OBSERVATION_HEAD + IMAGE_BYTES;
    if payload.len() < expected {
        return Err(ProtocolError::ShortObservation {
            got: payload.len(),
            expected,
        });
    }
    let reward = f32::from_le_bytes([payload[0], payload[1], payload[2], payload[3]]);
    let flags = payload[4];
    let expert_kind = payload[5];
    let tail = &payload[expected..];
    let bad_expert = || ProtocolError::BadExpert {
        kind: expert_kind,
        len: tail.len(),
    };
    let expert = match expert_kind {
        0 if tail.is_empty() => None,
        1 if tail.len().is_multiple_of(4) => Some(Action::Continuous(
            tail.chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect(),
        )),
        2 if tail.len() == 4 => {
            Some(Action::Discrete(
                u32::from_le_bytes([tail[0], tail[1], tail[2], tail[3]]) as usize,
            ))
        }
        _ => return Err(bad_expert()),
    };
    let step = Step {
        image: payload[OBSERVATION_HEAD..expected].to_vec(),
        reward,
        is_first: flags & FLAG_FIRST != 0,
        is_last: flags & FLAG_LAST != 0,
        is_terminal: flags & FLAG_TERMINAL != 0,
    };
    Ok(Reply::Observation { step, expert })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn observation_round_trips_through_the_wire_layout() {
        let mut payload = Vec::new();
        payload.extend_from_slice(&1.5f32.to_le_bytes());
        payload.push(FLAG_LAST | FLAG_TERMINAL);
        payload.push(1);
        payload.extend((0..IMAGE_BYTES).map(|i| (i % 251) as u8));
        payload.extend_from_slice(&0.25f32.to_le_bytes());
        payload.extend_from_slice(&(-1.0f32).to_le_bytes());
        let mut wire = Vec::new();
        write_message(&mut wire, OBSERVATION, &payload).unwrap();
        assert_eq!(wire.len(), 5 + OBSERVATION_HEAD + IMAGE_BYTES + 8);
        let (kind, read) = read_message(&mut wire.as_slice()).unwrap().unwrap();
        let Reply::Observation { step, expert } = decode_reply(kind, read).unwrap() else {
            panic!("not an observation");
        };
        assert_eq!(step.reward, 1.5);
        assert!(!step.is_first && step.is_last && step.is_terminal);
        assert_eq!(step.image[300], (300 % 251) as u8);
        assert_eq!(expert, Some(Action::Continuous(vec![0.25, -1.0])));
    }

    #[test]
    fn short_or_corrupt_messages_are_errors() {
        let err = decode_reply(OBSERVATION, vec![0; 10]).unwrap_err();
        assert!(matches!(
            err,
            ProtocolError::ShortObservation { got: 10, .. }
        ));
        let mut wire = vec![b'O'];
        wire.extend_from_slice(&u32::MAX.to_le_bytes());
        let err = read_message(&mut wire.as_slice()).unwrap_err();
        assert!(matches!(err, ProtocolError::TooLong { .. }));
        assert!(read_message(&mut [].as_slice()).unwrap().is_none());
        assert_eq!(encode_action(&Action::Discrete(7)), vec![7, 0, 0, 0]);
    }
}
