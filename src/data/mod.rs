//! Datasets: `.npy`/`.npz` files, episode datasets in the reference's layout
//! (`<root>/<task>/{train,test}/*.npz`) with optional per-task frame masks
//! (`<root>/mask_map.npz`), and shuffled frame batches for tokenizer training.

pub mod clips;
pub mod episodes;
pub mod error;
pub mod frame_batches;
pub mod layout;
pub mod masks;
pub mod npy;
pub mod npz;
pub mod prefetch;
pub mod replay;

pub use clips::{ClipBatch, ClipBatches, ClipSpec, EpisodeCodes, PrefetchedClips};
pub use episodes::{
    load_episode, write_episode, Episode, EpisodeDataset, EpisodeFile, Split, TaskEpisodes,
    FRAMES_KEY,
};
pub use error::DataError;
pub use frame_batches::{downsample_frames, frames_to_signed_unit, FrameBatches};
pub use masks::{FrameMask, MaskMap, MASK_FILE};
pub use npz::Compression;
pub use prefetch::PrefetchedBatches;
