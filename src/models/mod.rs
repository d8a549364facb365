//! Models built from the `nn` layers: the VQ-GAN frame tokenizer (`vqgan`) and the VideoGPT
//! over its codes (`videogpt`).

pub mod videogpt;
pub mod vqgan;
