//! Compile options: what we ask the plugin to build (replicas, partitions, SPMD), validated on
//! our side and encoded by hand as the protobuf message `xla.CompileOptionsProto` the PJRT
//! C API expects. The CPU plugins abort the whole process on some bad values instead of
//! returning an error, so nothing reaches the plugin unchecked.
//!
//! Encoded fields (protobuf wire format): `CompileOptionsProto` field 3
//! `executable_build_options` (a nested message) holding field 1 `device_ordinal` (int64,
//! always -1: "let the client choose"), field 4 `num_replicas`, field 5 `num_partitions`,
//! field 6 `use_spmd_partitioning` (omitted when false, the proto3 default).

use super::error::RuntimeError;

/// How to compile a graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompileOptions {
    pub num_replicas: usize,
    pub num_partitions: usize,
    /// Let XLA's SPMD partitioner split the program by its `mhlo.sharding` annotations.
    pub use_spmd_partitioning: bool,
}

impl CompileOptions {
    /// One replica, one partition: the program runs on one device.
    pub fn single_device() -> Self {
        Self {
            num_replicas: 1,
            num_partitions: 1,
            use_spmd_partitioning: false,
        }
    }

    /// SPMD over `num_partitions` devices (one replica), partitioned by the module's
    /// sharding annotations.
    pub fn spmd(num_partitions: usize) -> Self {
        Self {
            num_replicas: 1,
            num_partitions,
            use_spmd_partitioning: true,
        }
    }

    /// Number of devices an execution uses.
    pub fn num_devices(&self) -> usize {
        self.num_replicas.saturating_mul(self.num_partitions)
    }

    /// Refuses options the plugin would reject (or abort on) for a client with
    /// `addressable_devices` devices.
    pub fn validate(&self, addressable_devices: usize) -> Result<(), RuntimeError> {
        let refuse = |field, expected: String, got: usize| {
            Err(RuntimeError::CompileOptions {
                field,
                expected,
                got: got.to_string(),
            })
        };
        if self.num_replicas < 1 {
            return refuse("num_replicas", "at least 1".into(), self.num_replicas);
        }
        if self.num_partitions < 1 {
            return refuse("num_partitions", "at least 1".into(), self.num_partitions);
        }
        if self.num_devices() > addressable_devices {
            return refuse(
                "num_replicas * num_partitions",
                format!("at most the {addressable_devices} addressable devices"),
                self.num_devices(),
            );
        }
        if i32::try_from(self.num_devices()).is_err() {
            return refuse(
                "num_replicas * num_partitions",
                "below 2^31".into(),
                self.num_devices(),
            );
        }
        Ok(())
    }

    /// The serialized `xla.CompileOptionsProto` (see the module doc).
    pub fn to_proto_bytes(&self) -> Vec<u8> {
        let mut build = Vec::new();
        put_varint_field(&mut build, 1, -1i64 as u64); // device_ordinal
        put_varint_field(&mut build, 4, self.num_replicas as u64);
        put_varint_field(&mut build, 5, self.num_partitions as u64);
        if self.use_spmd_partitioning {
            put_varint_field(&mut build, 6, 1);
        }
        let mut out = Vec::with_capacity(build.len() + 3);
        put_key(&mut out, 3, WIRE_LEN);
        put_varint(&mut out, build.len() as u64);
        out.extend_from_slice(&build);
        out
    }
}

const WIRE_VARINT: u64 = 0;
const WIRE_LEN: u64 = 2;

fn put_key(out: &mut Vec<u8>, field: u64, wire_type: u64) {
    put_varint(out, (field << 3) | wire_type);
}

fn put_varint_field(out: &mut Vec<u8>, field: u64, value: u64) {
    put_key(out, field, WIRE_VARINT);
    put_varint(out, value);
}

/// Base-128 varint, least significant group first (negative int64 takes 10 bytes).
fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bytes of `shared/stablehlo-examples/pjrt_c_api_walkthrough.c`, which compiled and
    /// ran the 4-device SPMD example on the CPU plugins.
    #[test]
    fn spmd_options_encode_like_the_walkthrough() {
        let known_good: [u8; 19] = [
            0x1a, 17, 0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x20, 0x01,
            0x28, 0x04, 0x30, 0x01,
        ];
        assert_eq!(CompileOptions::spmd(4).to_proto_bytes(), known_good);
    }

    #[test]
    fn single_device_omits_the_spmd_flag() {
        let bytes = CompileOptions::single_device().to_proto_bytes();
        assert_eq!(&bytes[..2], &[0x1a, 15]);
        assert_eq!(&bytes[13..], &[0x20, 0x01, 0x28, 0x01]);
    }

    #[test]
    fn validation_refuses_what_the_plugin_would_abort_on() {
        assert!(CompileOptions::single_device().validate(1).is_ok());
        assert!(CompileOptions::spmd(4).validate(4).is_ok());
        let too_many = CompileOptions::spmd(8).validate(4).unwrap_err().to_string();
        assert!(
            too_many.contains("at most the 4 addressable devices"),
            "{too_many}"
        );
        let zero = CompileOptions {
            num_replicas: 0,
            ..CompileOptions::single_device()
        };
        assert!(zero
            .validate(4)
            .unwrap_err()
            .to_string()
            .contains("num_replicas"));
        assert!(CompileOptions::spmd(0)
            .validate(4)
            .unwrap_err()
            .to_string()
            .contains("num_partitions"));
    }
}
