//! The graph IR's data: values, nodes, function arguments with their SPMD sharding and
//! donation. Nodes are stored in creation order, so a node's inputs always have smaller ids:
//! the node list is a topological order, which every pass relies on.

use super::ops::Op;
use super::shape::TensorType;
use std::fmt;
use std::panic::Location;

/// Index of a value (= of the node producing it) in its graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ValueId(pub usize);

impl fmt::Display for ValueId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "%{}", self.0)
    }
}

/// One primitive application and the type of its (single) result.
#[derive(Clone, Debug)]
pub struct Node {
    pub op: Op,
    pub inputs: Vec<ValueId>,
    pub ty: TensorType,
    /// Where the op was traced (the user's line, via `#[track_caller]`).
    pub location: &'static Location<'static>,
    /// Set when this node's rule (or an input's) failed: its `ty` is only a stand-in.
    pub poisoned: bool,
}

/// How an argument or result is laid out over the devices of an SPMD program.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Sharding {
    /// Every device holds the whole tensor.
    Replicated,
    /// Dimension `i` is split into `tiles[i]` equal parts; devices are numbered row-major
    /// over the tile grid, so the device count is the product of `tiles`.
    Tiled { tiles: Vec<usize> },
}

impl Sharding {
    /// Split dimension `axis` of a rank-`rank` tensor over `devices` devices. (An `axis`
    /// beyond `rank` gives a tiling of the wrong rank, which `finish` reports.)
    pub fn split(axis: usize, rank: usize, devices: usize) -> Self {
        let mut tiles = vec![1; rank.max(axis + 1)];
        tiles[axis] = devices;
        Sharding::Tiled { tiles }
    }

    /// Checks that the layout fits a tensor of type `ty` (one tile count per axis, none zero,
    /// each dividing its axis) and returns the device count.
    pub fn check(&self, ty: &TensorType) -> Result<usize, String> {
        let Sharding::Tiled { tiles } = self else {
            return Ok(1);
        };
        if tiles.len() != ty.rank() {
            return Err(format!("{ty} has a sharding over {} axes", tiles.len()));
        }
        if let Some(axis) =
            (0..tiles.len()).find(|&a| tiles[a] == 0 || !ty.dims()[a].is_multiple_of(tiles[a]))
        {
            return Err(format!(
                "{ty} axis {axis} does not split evenly into {} tiles",
                tiles[axis]
            ));
        }
        Ok(tiles.iter().product())
    }

    /// Number of devices the layout spans (1 for replicated).
    pub fn device_count(&self) -> usize {
        match self {
            Sharding::Replicated => 1,
            Sharding::Tiled { tiles } => tiles.iter().product(),
        }
    }
}

/// A function argument: its name, type, SPMD layout and donation.
#[derive(Clone, Debug, PartialEq)]
pub struct InputSpec {
    pub name: String,
    pub ty: TensorType,
    pub sharding: Option<Sharding>,
    /// The output this argument's buffer is donated to (types must match).
    pub donated_to: Option<usize>,
}

impl InputSpec {
    pub fn new(name: &str, dtype: crate::dtype::DType, dims: &[usize]) -> Self {
        InputSpec {
            name: name.to_string(),
            ty: TensorType::new(dtype, dims),
            sharding: None,
            donated_to: None,
        }
    }

    pub fn sharded(mut self, sharding: Sharding) -> Self {
        self.sharding = Some(sharding);
        self
    }

    /// Donate this argument's device buffer to output `output` (same type required).
    pub fn donated_to(mut self, output: usize) -> Self {
        self.donated_to = Some(output);
        self
    }
}
