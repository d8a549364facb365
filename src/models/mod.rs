//! Models built from the `nn` layers: the VQ-GAN frame tokenizer (`vqgan`), the frozen
//! LPIPS perceptual distance its reconstruction loss can use (`lpips`), and the VideoGPT over
//! its codes (`videogpt`).

pub mod lpips;
pub mod videogpt;
pub mod vqgan;
