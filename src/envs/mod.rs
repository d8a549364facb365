//! Environments: the `Env` interface, built-in pixel tasks and Python worker bridges.

pub mod env;

pub use env::{Action, ActionSpace, Env, Step, IMAGE_BYTES, IMAGE_SHAPE};
