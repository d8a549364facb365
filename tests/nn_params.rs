//! Parameters: scope naming and reuse, errors naming the path, seeded per-name init,
//! initializer statistics against their formulas, parameter counts of a small model counted
//! by hand, and `Linear` on the device against host loops.

mod nn_support;

use nn_support::{assert_close, host, normals, randomize, run_layer_with};
use viper::graph::FunctionBuilder;
use viper::nn::init::fans;
use viper::nn::{Init, Linear, NnError, ParamSpec, ParamTree, Scope};
use viper::DType;

fn spec(name: &str, dims: &[usize], init: Init) -> ParamSpec {
    ParamSpec {
        name: name.to_string(),
        dtype: DType::F32,
        dims: dims.to_vec(),
        init,
    }
}

#[test]
fn scope_names_params_by_path_and_reuses_them() {
    let fb = FunctionBuilder::new("scope_names");
    let scope = Scope::new(&fb);
    let enc = scope.child("encoder").child("down.0");
    let a = enc
        .child("conv")
        .param("kernel", DType::F32, &[3, 3, 2, 4], Init::LecunNormal);
    let b = scope.child("encoder/down.0/conv").param(
        "kernel",
        DType::F32,
        &[3, 3, 2, 4],
        Init::LecunNormal,
    );
    assert_eq!(a.id(), b.id(), "same path gives the same input");
    scope
        .child("head")
        .param("bias", DType::F32, &[4], Init::Zeros);
    let names: Vec<String> = scope.param_specs().into_iter().map(|s| s.name).collect();
    assert_eq!(names, ["encoder/down.0/conv/kernel", "head/bias"]);
    assert_eq!(scope.child("encoder").param_specs().len(), 1);
    assert_eq!(scope.child("encoder").param_count(), 3 * 3 * 2 * 4);
    assert_eq!(scope.param_tensors().len(), 2);
    let f = fb.finish(&[a]).unwrap();
    assert_eq!(f.inputs()[0].name, "encoder/down.0/conv/kernel");
}

#[test]
fn reusing_a_path_with_another_shape_is_an_error_naming_it() {
    let fb = FunctionBuilder::new("scope_mismatch");
    let scope = Scope::new(&fb).child("block");
    let a = scope.param("w", DType::F32, &[2, 3], Init::Zeros);
    let b = scope.param("w", DType::F32, &[3, 3], Init::Zeros);
    assert!(b.is_poisoned());
    let e = fb.finish(&[a]).unwrap_err().to_string();
    assert!(e.contains("block/w") && e.contains("[3, 3]"), "{e}");

    let fb = FunctionBuilder::new("scope_empty");
    let bad = Scope::new(&fb)
        .child("x/")
        .param("w", DType::F32, &[1], Init::Zeros);
    let e = fb.finish(&[bad]).unwrap_err().to_string();
    assert!(e.contains("empty part"), "{e}");
}

#[test]
fn linear_rejects_a_wrong_input_width_naming_the_layer() {
    let fb = FunctionBuilder::new("linear_bad");
    let x = fb.input("x", DType::F32, &[2, 4]);
    let y = Linear::new(3, 2).forward(&Scope::new(&fb).child("proj"), &x);
    let e = fb.finish(&[y]).unwrap_err().to_string();
    assert!(e.contains("proj") && e.contains("[.., 3]"), "{e}");
}

#[test]
fn init_is_deterministic_per_name_and_seed() {
    let a = spec("enc/kernel", &[4, 5], Init::LecunNormal);
    let b = spec("dec/kernel", &[4, 5], Init::LecunNormal);
    let alone = ParamTree::init(std::slice::from_ref(&a), 7).unwrap();
    let both = ParamTree::init(&[b.clone(), a.clone()], 7).unwrap();
    assert_eq!(alone.get("enc/kernel"), both.get("enc/kernel"));
    assert_ne!(both.get("enc/kernel"), both.get("dec/kernel"));
    let other_seed = ParamTree::init(&[a], 8).unwrap();
    assert_ne!(alone.get("enc/kernel"), other_seed.get("enc/kernel"));
    assert_eq!(
        both.names().collect::<Vec<_>>(),
        ["dec/kernel", "enc/kernel"]
    );
}

/// Mean and standard deviation of the values.
fn moments(v: &[f64]) -> (f64, f64) {
    let n = v.len() as f64;
    let mean = v.iter().sum::<f64>() / n;
    let var = v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n;
    (mean, var.sqrt())
}

/// Checks mean 0 and the given std within 5 sigma of their sampling error (for the std:
/// the standard error of a variance estimate of a distribution with kurtosis `kurt`).
fn assert_moments(name: &str, v: &[f64], std: f64, kurt: f64) {
    let n = v.len() as f64;
    let (mean, s) = moments(v);
    assert!(mean.abs() < 5.0 * std / n.sqrt(), "{name}: mean {mean}");
    let var_se = std * std * ((kurt - 1.0) / n).sqrt();
    assert!(
        (s * s - std * std).abs() < 5.0 * var_se,
        "{name}: std {s}, expected {std}"
    );
}

#[test]
fn initializer_statistics_follow_their_formulas() {
    // Conv kernel HWIO [3, 3, 8, 16]: fan_in 72, fan_out 144.
    let dims = [3, 3, 8, 16];
    assert_eq!(fans(&dims), (72, 144));
    assert_eq!(fans(&[5, 7]), (5, 7));
    let sample = |init: Init| {
        ParamTree::init(&[spec("k", &dims, init)], 3)
            .unwrap()
            .get("k")
            .unwrap()
            .to_f64_vec()
    };
    // Kurtosis of a unit normal truncated to (-2, 2): E[z^4] / E[z^2]^2, computed here by
    // numerical integration so the bound does not assume the plain normal's 3.
    let (mut m2, mut m4) = (0.0, 0.0);
    for i in 0..40000 {
        let z = -2.0 + 4.0 * (i as f64 + 0.5) / 40000.0;
        let p = (-z * z / 2.0).exp();
        m2 += z * z * p;
        m4 += z.powi(4) * p;
    }
    let mass: f64 = (0..40000)
        .map(|i| {
            let z = -2.0 + 4.0 * (i as f64 + 0.5) / 40000.0;
            (-z * z / 2.0).exp()
        })
        .sum();
    let truncated_kurtosis = (m4 / mass) / (m2 / mass).powi(2);

    let lecun = sample(Init::LecunNormal);
    let std = (1.0f64 / 72.0).sqrt();
    assert_moments("lecun_normal", &lecun, std, truncated_kurtosis);
    let bound = 2.0 * std / (m2 / mass).sqrt();
    assert!(lecun.iter().all(|x| x.abs() < bound * 1.0001), "truncation");

    let fan_avg = sample(Init::TruncatedNormalFanAvg { scale: 2.0 });
    assert_moments(
        "fan_avg",
        &fan_avg,
        (2.0f64 / 108.0).sqrt(),
        truncated_kurtosis,
    );

    let uniform = sample(Init::UniformFanAvg { scale: 1.0 });
    let limit = (3.0f64 / 108.0).sqrt();
    assert!(uniform.iter().all(|x| x.abs() <= limit));
    assert_moments("uniform_fan_avg", &uniform, limit / 3f64.sqrt(), 1.8);

    let normal = sample(Init::Normal { std: 0.02 });
    assert_moments("normal", &normal, 0.02, 3.0);

    let u = sample(Init::Uniform {
        low: 2.0,
        high: 3.0,
    });
    assert!(u.iter().all(|&x| (2.0..3.0).contains(&x)));
    let (mean, _) = moments(&u);
    assert!((mean - 2.5).abs() < 5.0 * (1.0f64 / 12.0 / u.len() as f64).sqrt());

    assert!(sample(Init::Zeros).iter().all(|&x| x == 0.0));
    assert!(sample(Init::Ones).iter().all(|&x| x == 1.0));
    assert!(sample(Init::UniformFanAvg { scale: 0.0 })
        .iter()
        .all(|&x| x == 0.0));
}

#[test]
fn init_refuses_a_random_integer_parameter() {
    let mut s = spec("steps", &[2], Init::Normal { std: 1.0 });
    s.dtype = DType::I32;
    let e = ParamTree::init(&[s], 0).unwrap_err();
    assert!(matches!(e, NnError::InitDType { .. }), "{e}");
    assert!(e.to_string().contains("steps"));
}

#[test]
fn ordered_names_the_missing_or_mismatched_parameter() {
    let tree = ParamTree::init(&[spec("a/w", &[2, 2], Init::Ones)], 0).unwrap();
    let e = tree.ordered(&[spec("a/b", &[2], Init::Ones)]).unwrap_err();
    assert!(e.to_string().contains("`a/b` is missing"), "{e}");
    let e = tree
        .ordered(&[spec("a/w", &[2, 3], Init::Ones)])
        .unwrap_err();
    assert!(
        e.to_string().contains("a/w") && e.to_string().contains("[2, 3]"),
        "{e}"
    );
}

#[test]
fn param_counts_of_a_small_model_by_hand() {
    // encoder: conv 3x3, 3 -> 8 with bias; head: linear 8 -> 4 without bias, linear 4 -> 2.
    let fb = FunctionBuilder::new("count_model");
    let scope = Scope::new(&fb);
    let enc = scope.child("encoder/conv");
    enc.param("kernel", DType::F32, &[3, 3, 3, 8], Init::LecunNormal);
    enc.param("bias", DType::F32, &[8], Init::Zeros);
    let x = fb.input("x", DType::F32, &[1, 8]);
    let h = Linear::new(8, 4)
        .no_bias()
        .forward(&scope.child("head/hidden"), &x);
    Linear::new(4, 2).forward(&scope.child("head/out"), &h);
    let tree = ParamTree::init(&scope.param_specs(), 1).unwrap();
    let encoder = 3 * 3 * 3 * 8 + 8;
    let head = 8 * 4 + (4 * 2 + 2);
    assert_eq!(tree.count_under("encoder"), encoder);
    assert_eq!(tree.count_under("head"), head);
    assert_eq!(tree.count_under("head/out"), 10);
    assert_eq!(
        tree.count_under("head/o"),
        0,
        "prefixes match whole path parts"
    );
    assert_eq!(tree.count(), encoder + head);
    assert_eq!(scope.param_count(), encoder + head);
}

#[test]
fn linear_matches_host_loops() {
    let (batch, n_in, n_out) = (3, 4, 5);
    let x = normals(11, batch * n_in);
    let data = [host(DType::F32, &[batch, n_in], &x)];
    let ran = run_layer_with(
        "linear_forward",
        &data,
        5,
        |t| randomize(t, "bias", 9),
        |scope, inputs| vec![Linear::new(n_in, n_out).forward(&scope.child("fc"), &inputs[0])],
    );
    let (w, b) = (ran.param("fc/kernel"), ran.param("fc/bias"));
    let mut expected = vec![0.0; batch * n_out];
    for n in 0..batch {
        for o in 0..n_out {
            let mut acc = b[o];
            for i in 0..n_in {
                acc += x[n * n_in + i] * w[i * n_out + o];
            }
            expected[n * n_out + o] = acc;
        }
    }
    assert_eq!(ran.dims(0), [batch, n_out]);
    assert_close("linear", ran.out(0), &expected, 1e-5);
    assert!(b.iter().any(|&v| v != 0.0), "the bias was randomized");
}

#[test]
fn from_ordered_checks_count_and_types() {
    let specs = [
        spec("a/w", &[2, 2], Init::Ones),
        spec("a/b", &[2], Init::Zeros),
    ];
    let tree = ParamTree::init(&specs, 0).unwrap();
    let values = tree.ordered(&specs).unwrap();
    let back = ParamTree::from_ordered(&specs, values.clone()).unwrap();
    assert_eq!(back, tree);
    let e = ParamTree::from_ordered(&specs, values[..1].to_vec()).unwrap_err();
    assert!(
        matches!(
            e,
            NnError::Count {
                expected: 2,
                got: 1
            }
        ),
        "{e}"
    );
    let swapped = vec![values[1].clone(), values[0].clone()];
    let e = ParamTree::from_ordered(&specs, swapped)
        .unwrap_err()
        .to_string();
    assert!(e.contains("a/w") && e.contains("f32[2, 2]"), "{e}");
}

#[test]
fn param_sharding_applies_to_param_inputs() {
    use viper::graph::Sharding;
    let fb = FunctionBuilder::new("sharded_params");
    let scope = Scope::new(&fb).with_param_sharding(Sharding::Replicated);
    let x = fb.input("x", DType::F32, &[2, 3]);
    let y = Linear::new(3, 2).forward(&scope.child("fc"), &x);
    let f = fb.finish(&[y]).unwrap();
    let shardings: Vec<_> = f.inputs().iter().map(|i| i.sharding.clone()).collect();
    assert_eq!(
        shardings,
        [None, Some(Sharding::Replicated), Some(Sharding::Replicated)]
    );
}

type LayerFn = Box<dyn Fn(&Scope, &viper::graph::Tensor) -> viper::graph::Tensor>;

#[test]
fn layers_name_their_path_in_shape_errors() {
    use viper::nn::{Conv2d, GroupNorm, LayerNorm, MultiHeadAttention};
    let cases: Vec<(&str, LayerFn)> = vec![
        (
            "enc/conv",
            Box::new(|s, x| Conv2d::new(5, 2, [3, 3]).forward(s, x)),
        ),
        (
            "enc/gn",
            Box::new(|s, x| GroupNorm::new(3, 4).forward(s, x)),
        ),
        ("enc/ln", Box::new(|s, x| LayerNorm::new(7).forward(s, x))),
        (
            "enc/mha",
            Box::new(|s, x| MultiHeadAttention::new(4, 3).forward(s, x)),
        ),
    ];
    for (path, layer) in cases {
        let fb = FunctionBuilder::new("bad_shapes");
        let x = fb.input("x", DType::F32, &[2, 3, 3, 4]);
        let y = layer(&Scope::new(&fb).child(path), &x);
        let e = fb.finish(&[y]).unwrap_err().to_string();
        assert!(e.contains(path) && e.contains("expects"), "{e}");
    }
}
