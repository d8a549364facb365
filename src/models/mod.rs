//! Models built from the `nn` layers: the VQ-GAN frame tokenizer (`vqgan`).

pub mod vqgan;
