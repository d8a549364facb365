//! Models built from the `nn` layers: the VQ-GAN frame tokenizer (`vqgan`), the frozen
//! LPIPS perceptual distance its reconstruction loss can use (`lpips`), the VideoGPT over its
//! codes (`videogpt`) and the DreamerV3 agent (`dreamer`).

pub mod dreamer;
pub mod lpips;
pub mod videogpt;
pub mod vqgan;
