//! Models built from the `nn` layers: the VQ-GAN frame tokenizer (`vqgan`) and the DreamerV3
//! agent (`dreamer`).

pub mod dreamer;
pub mod vqgan;
