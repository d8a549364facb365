//! Gradients of layers and losses through `viper::testing::check_vjp` (reverse mode against
//! central differences, f64): LayerNorm, GroupNorm, the conditional LayerNorm, causal
//! attention, Conv2d, and the two-hot symlog loss. Parameters are differentiated too (bound
//! with `Scope::from_params`).

mod nn_support;

use nn_support::{check_layer_vjp, host, normals};
use viper::graph::FunctionBuilder;
use viper::nn::dist::TwoHotSymlog;
use viper::nn::{
    ConditionalLayerNorm, Conv2d, GroupNorm, LayerNorm, Linear, MultiHeadAttention, Scope,
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
