//! Models built from the `nn` layers: the VQ-GAN frame tokenizer (`vqgan`) and the frozen
//! LPIPS perceptual distance its reconstruction loss can use (`lpips`).

pub mod lpips;
pub mod vqgan;
