//! Host reference implementations of the harder graph primitives, written as plain Rust loops
//! straight from the StableHLO spec's index formulas and independent of the graph IR, so the
//! device results of `graph::ops` can be checked against a second code path. Shared by the
//! integration tests (`mod host_reference;`); each test file uses a subset, hence the
//! `dead_code` allowance.
#![allow(dead_code, unused_imports)]

pub mod array;
pub mod conv;
pub mod gather;
pub mod random;
pub mod rssm;
pub mod scan;
pub mod window;

pub use array::Array;
pub use viper::rng::Rng;
