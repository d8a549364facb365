//! Named graphs: programs whose lowered StableHLO is checked into `graphs/<name>.mlir`, so a
//! change to tracing, autodiff or lowering shows up as a diff. `viper graphs export` writes
//! them; a test fails when a checked-in file differs from a fresh export. Later issues add
//! the model graphs (VQ-GAN, VideoGPT, DreamerV3 train steps) to `registry`.

use crate::dtype::DType;
use crate::envs::ActionSpace;
use crate::graph::ops::random::RngKey;
use crate::graph::{grad, Function, FunctionBuilder, GraphError, InputSpec, Sharding};
use crate::lower::to_stablehlo;
use crate::models::dreamer::{image_loss, DreamerConfig, ImageDecoder, ImageEncoder, Rssm};
use crate::models::videogpt::tiny_train_step_graph;
use crate::models::vqgan::objectives::{tiny_gradient_graph, Objective};
use crate::models::vqgan::tiny_train_step;
use crate::nn::Scope;
use std::path::{Path, PathBuf};

/// A graph with a stable name and a builder.
pub struct NamedGraph {
    pub name: &'static str,
    pub description: &'static str,
    pub build: fn() -> Result<Function, GraphError>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("graph `{name}`: {source}")]
    Graph { name: String, source: GraphError },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Every named graph, in a fixed order.
pub fn registry() -> Vec<NamedGraph> {
    vec![
        NamedGraph {
            name: "mlp_train_step",
            description: "2-layer tanh MLP, mean squared error, SGD step (params donated)",
            build: || mlp_train_step(&MlpShape::EXAMPLE, None),
        },
        NamedGraph {
            name: "mlp_train_step_spmd4",
            description: "the same train step, data-parallel over 4 devices (batch sharded)",
            build: || mlp_train_step(&MlpShape::EXAMPLE, Some(4)),
        },
        NamedGraph {
            name: "vqgan_tiny_generator_grads",
            description: "tiny VQ-GAN loss_G (L1 + codebook + 0.1 adversarial) and its gradients",
            build: || tiny_gradient_graph(Objective::Generator),
        },
        NamedGraph {
            name: "vqgan_tiny_discriminator_grads",
            description:
                "tiny VQ-GAN loss_D (logistic + R1, a gradient of a gradient) and its gradients",
            build: || tiny_gradient_graph(Objective::Discriminator),
        },
        NamedGraph {
            name: "vqgan_tiny_generator_step",
            description: "the tiny VQ-GAN generator train step: loss_G, gradients, AdamW + \
                warmup; the discriminator's parameters as frozen inputs",
            build: || tiny_train_step(Objective::Generator),
        },
        NamedGraph {
            name: "vqgan_tiny_discriminator_step",
            description: "the tiny VQ-GAN discriminator train step: loss_D with R1, gradients, \
                AdamW + warmup; the generator's parameters as frozen inputs",
            build: || tiny_train_step(Objective::Discriminator),
        },
        NamedGraph {
            name: "videogpt_tiny_train_step",
            description: "tiny VideoGPT train step: token NLL with dropout, AdamW, EMA (batch 2)",
            build: tiny_train_step_graph,
        },
        NamedGraph {
            name: "dreamer_tiny_image_grads",
            description: "tiny DreamerV3 image encoder and decoder (conv -> LayerNorm -> SiLU \
                stages): embedding, reconstruction loss and the gradients of both parameters",
            build: dreamer_tiny_image_grads,
        },
        NamedGraph {
            name: "dreamer_tiny_observe_grads",
            description: "tiny DreamerV3 RSSM observe over 3 steps (one while loop) and the \
                gradients of its posterior and prior through the loop (the scan VJP, with the \
                forward loop's saved products)",
            build: dreamer_tiny_observe_grads,
        },
    ]
}

/// The tiny RSSM's `observe` on a batch of 2 sequences of 3 steps (1-dim continuous action):
/// a loss on the posterior's and prior's states, then its gradients with respect to every
/// RSSM parameter, so the scan's forward loop, its saved products and its reverse loop are all
/// in the exported text.
pub fn dreamer_tiny_observe_grads() -> Result<Function, GraphError> {
    let config = DreamerConfig::tiny();
    let rssm = Rssm::new(&config, &ActionSpace::Continuous { dim: 1 });
    let (b, t) = (2, 3);
    let f = FunctionBuilder::new("dreamer_tiny_observe_grads");
    let embed = f.input("embed", DType::F32, &[b, t, rssm.embed]);
    let action = f.input("action", DType::F32, &[b, t, 1]);
    let is_first = f.input("is_first", DType::F32, &[b, t]);
    let root = Scope::new(&f);
    let scope = root.child("rssm");
    let start = rssm.initial(&scope, b);
    let key = RngKey::from_seed(&embed, 0);
    let (post, prior) = rssm.observe(&scope, &embed, &action, &is_first, &start, &key);
    let loss = post.features().square().mean_all() + prior.logits.square().mean_all();
    let params = root.param_tensors();
    let grads = grad(&loss, &params.iter().collect::<Vec<_>>());
    f.finish(&[vec![loss], grads].concat())
}

/// The tiny DreamerV3 encoder on a batch of 2 frames and the decoder on 2 feature vectors;
/// outputs the mean squared embedding plus the reconstruction loss, then its gradients with
/// respect to every encoder and decoder parameter.
pub fn dreamer_tiny_image_grads() -> Result<Function, GraphError> {
    let config = DreamerConfig::tiny();
    let (encoder, decoder) = (ImageEncoder::new(&config), ImageDecoder::new(&config));
    let s = config.image_size;
    let f = FunctionBuilder::new("dreamer_tiny_image_grads");
    let image = f.input("image", DType::U8, &[2, s, s, 3]);
    let features = f.input("features", DType::F32, &[2, config.feature_size()]);
    let root = Scope::new(&f);
    let embed = encoder.forward(&root.child("encoder"), &image); // (2, E)
    let mean = decoder.forward(&root.child("decoder"), &features); // (2, S, S, 3)
    let loss = embed.square().mean_all() + image_loss(&mean, &image).mean_all();
    let params = root.param_tensors();
    let grads = grad(&loss, &params.iter().collect::<Vec<_>>());
    f.finish(&[vec![loss], grads].concat())
}

/// Sizes of the example MLP.
pub struct MlpShape {
    pub batch: usize,
    pub input: usize,
    pub hidden: usize,
    pub output: usize,
    pub learning_rate: f64,
}

impl MlpShape {
    pub const EXAMPLE: MlpShape = MlpShape {
        batch: 8,
        input: 4,
        hidden: 16,
        output: 2,
        learning_rate: 0.1,
    };
}

/// One SGD step of `y_hat = tanh(x w1 + b1) w2 + b2` on the mean squared error.
/// Arguments: w1, b1, w2, b2 (each donated to its updated value), x, y. Outputs: loss, then
/// the updated parameters. With `devices`, x and y are split over the batch and the
/// parameters replicated (data parallel).
pub fn mlp_train_step(shape: &MlpShape, devices: Option<usize>) -> Result<Function, GraphError> {
    let name = match devices {
        None => "mlp_train_step".to_string(),
        Some(n) => format!("mlp_train_step_spmd{n}"),
    };
    let f = FunctionBuilder::new(&name);
    let param = |name: &str, dims: &[usize], output: usize| {
        let mut spec = InputSpec::new(name, DType::F32, dims).donated_to(output);
        if devices.is_some() {
            spec = spec.sharded(Sharding::Replicated);
        }
        f.input_with(spec)
    };
    let w1 = param("w1", &[shape.input, shape.hidden], 1);
    let b1 = param("b1", &[shape.hidden], 2);
    let w2 = param("w2", &[shape.hidden, shape.output], 3);
    let b2 = param("b2", &[shape.output], 4);
    let data = |name: &str, width: usize| {
        let mut spec = InputSpec::new(name, DType::F32, &[shape.batch, width]);
        if let Some(n) = devices {
            spec = spec.sharded(Sharding::split(0, 2, n));
        }
        f.input_with(spec)
    };
    let x = data("x", shape.input);
    let y = data("y", shape.output);
    let hidden = (x.matmul(&w1) + &b1).tanh(); // (batch, hidden)
    let prediction = hidden.matmul(&w2) + &b2; // (batch, output)
    let loss = (prediction - &y).square().mean_all();
    let params = [&w1, &b1, &w2, &b2];
    let grads = grad(&loss, &params);
    let mut outputs = vec![loss];
    outputs.extend(
        params
            .iter()
            .zip(&grads)
            .map(|(p, g)| *p - g * shape.learning_rate),
    );
    f.finish(&outputs)
}

/// The StableHLO text of a named graph.
pub fn lower_named(graph: &NamedGraph) -> Result<String, ExportError> {
    let error = |source| ExportError::Graph {
        name: graph.name.to_string(),
        source,
    };
    let function = (graph.build)().map_err(error)?;
    to_stablehlo(&function).map_err(error)
}

/// Where a named graph lives under `dir`.
pub fn graph_path(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.mlir"))
}

/// Writes every named graph to `dir/<name>.mlir`; returns the paths written.
pub fn export_all(dir: &Path) -> Result<Vec<PathBuf>, ExportError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut written = Vec::new();
    for graph in registry() {
        let text = lower_named(&graph)?;
        let path = graph_path(dir, graph.name);
        std::fs::write(&path, text).map_err(io(&path))?;
        written.push(path);
    }
    Ok(written)
}

/// Names of the graphs whose file under `dir` is missing or differs from a fresh export.
pub fn stale_graphs(dir: &Path) -> Result<Vec<String>, ExportError> {
    let mut stale = Vec::new();
    for graph in registry() {
        let fresh = lower_named(&graph)?;
        let on_disk = std::fs::read_to_string(graph_path(dir, graph.name)).ok();
        if on_disk.as_deref() != Some(fresh.as_str()) {
            stale.push(graph.name.to_string());
        }
    }
    Ok(stale)
}
