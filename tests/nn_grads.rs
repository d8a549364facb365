//! Gradients of layers and losses through `viper::testing::check_vjp` (reverse mode against
//! central differences, f64): LayerNorm, GroupNorm, the conditional LayerNorm, RMSNorm,
//! embedding, causal attention, Conv2d, ConvTranspose2d, upsampling, keyed dropout and the
//! two-hot symlog loss. Parameters are differentiated too (bound
//! with `Scope::from_params`).

mod nn_support;

use nn_support::{check_layer_vjp, host, normals, session};
use viper::graph::ops::random::RngKey;
use viper::graph::{FunctionBuilder, Tensor};
use viper::nn::dist::TwoHotSymlog;
use viper::nn::{
    dropout, upsample_nearest, ConditionalLayerNorm, Conv2d, ConvTranspose2d, Embedding, GroupNorm,
    LayerNorm, Linear, MultiHeadAttention, RmsNorm, Scope,
};
use viper::{DType, HostTensor};

fn data(seed: u64, dims: &[usize]) -> HostTensor {
    host(DType::F64, dims, &normals(seed, dims.iter().product()))
}

#[test]
fn layer_norm_vjp() {
    check_layer_vjp("layer_norm_vjp", &[data(1, &[3, 5])], 10, |scope, xs| {
        let y = LayerNorm::new(5)
            .eps(1e-3)
            .param_dtype(DType::F64)
            .forward(&scope.child("ln"), &xs[0]);
        (y.clone() * y.sin()).sum_all()
    });
}

#[test]
fn group_norm_vjp() {
    check_layer_vjp(
        "group_norm_vjp",
        &[data(2, &[2, 2, 3, 4])],
        11,
        |scope, xs| {
            let y = GroupNorm::new(2, 4)
                .param_dtype(DType::F64)
                .forward(&scope.child("gn"), &xs[0]);
            (y.clone() * y.cos()).sum_all()
        },
    );
}

#[test]
fn conditional_layer_norm_vjp() {
    let labels = HostTensor::from_slice(&[2], &[1i32, 3]).unwrap();
    check_layer_vjp(
        "cond_layer_norm_vjp",
        &[data(3, &[2, 3, 4]), labels],
        12,
        |scope, xs| {
            let mut layer = ConditionalLayerNorm::new(4, 4);
            layer.param_dtype = DType::F64;
            let y = layer.forward(&scope.child("cln"), &xs[0], &xs[1]);
            (y.clone() * y.sin()).sum_all()
        },
    );
}

#[test]
fn causal_attention_vjp() {
    check_layer_vjp("attention_vjp", &[data(4, &[2, 3, 4])], 13, |scope, xs| {
        let y = MultiHeadAttention::new(4, 2)
            .causal()
            .param_dtype(DType::F64)
            .forward(&scope.child("mha"), &xs[0]);
        (y.clone() * y.sin()).sum_all()
    });
}

#[test]
fn conv2d_vjp() {
    check_layer_vjp("conv2d_vjp", &[data(5, &[1, 5, 4, 2])], 14, |scope, xs| {
        let y = Conv2d::new(2, 3, [3, 3])
            .stride(2)
            .param_dtype(DType::F64)
            .forward(&scope.child("conv"), &xs[0]);
        (y.clone() * y.sin()).sum_all()
    });
}

#[test]
fn two_hot_loss_vjp() {
    // A head `Linear(4 -> 255)` on features, the two-hot loss of fixed targets (one outside
    // the bin range, one exactly on a bin centre in symlog space).
    let targets = [3.5, -120.0, 0.0, 1e12];
    check_layer_vjp("two_hot_vjp", &[data(6, &[4, 4])], 15, move |scope, xs| {
        let logits = Linear::new(4, 255)
            .param_dtype(DType::F64)
            .forward(&scope.child("head"), &xs[0]);
        let target = xs[0].host_constant(&HostTensor::from_slice(&[4], &targets).unwrap());
        -TwoHotSymlog::new(&logits).log_prob(&target).sum_all()
    });
}

#[test]
fn from_params_names_a_missing_parameter() {
    let fb = FunctionBuilder::new("given");
    let w = fb.input("w", DType::F32, &[3, 2]);
    let scope = Scope::from_params(&[("fc/kernel".to_string(), w.clone())]).unwrap();
    let x = fb.input("x", DType::F32, &[1, 3]);
    let y = Linear::new(3, 2).forward(&scope.child("fc"), &x);
    let e = fb.finish(&[y]).unwrap_err().to_string();
    assert!(e.contains("fc/bias") && e.contains("not among"), "{e}");
    assert!(Scope::from_params(&[]).is_err());
}

#[test]
fn rms_norm_and_embedding_vjp() {
    let ids = HostTensor::from_slice(&[2, 2], &[3i32, 0, 3, 1]).unwrap();
    check_layer_vjp(
        "rms_embed_vjp",
        &[data(7, &[2, 2, 3]), ids],
        16,
        |scope, xs| {
            let table = Embedding::new(4, 3)
                .param_dtype(DType::F64)
                .forward(&scope.child("embed"), &xs[1]);
            let mut rms = RmsNorm::new(3);
            rms.param_dtype = DType::F64;
            let y = rms.forward(&scope.child("rms"), &(&xs[0] + &table));
            (y.clone() * y.sin()).sum_all()
        },
    );
}

#[test]
fn conv_transpose2d_vjp() {
    check_layer_vjp(
        "conv_transpose_vjp",
        &[data(8, &[1, 3, 2, 2])],
        17,
        |scope, xs| {
            let y = ConvTranspose2d::new(2, 3, [4, 4])
                .stride(2)
                .param_dtype(DType::F64)
                .forward(&scope.child("up"), &xs[0]);
            (y.clone() * y.sin()).sum_all()
        },
    );
}

#[test]
fn upsample_and_dropout_vjp() {
    let key = HostTensor::from_slice(&[2], &[3u32, 4]).unwrap();
    let inputs = [data(9, &[1, 2, 3, 2]), key];
    let program = |xs: &[Tensor]| {
        let up = upsample_nearest(&xs[0], 2);
        let dropped = dropout(&up, 0.4, &RngKey::new(&xs[1]));
        vec![(dropped.clone() * dropped.sin()).sum_all()]
    };
    if let Err(e) =
        viper::testing::check_vjp(session(), "upsample_dropout_vjp", &inputs, &program, 1, 18)
    {
        panic!("{e}");
    }
}
