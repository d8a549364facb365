//! Simple policies that need no model: uniform random actions.

use super::rng::Rng;
use super::{Action, ActionSpace};

/// A uniformly random action: each continuous value in [-1, 1), or a uniform discrete choice.
pub fn random_action(space: &ActionSpace, rng: &mut Rng) -> Action {
    match *space {
        ActionSpace::Continuous { dim } => {
            Action::Continuous((0..dim).map(|_| rng.uniform_in(-1.0, 1.0) as f32).collect())
        }
        ActionSpace::Discrete { n } => Action::Discrete(rng.below(n)),
    }
}
