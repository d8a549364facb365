//! Integration tests of the PJRT runtime on the installed default plugin (run
//! `tools/install-pjrt-plugin` first; without a plugin these tests fail with the discovery
//! error). Expected values are computed on the host in f64.

use std::sync::OnceLock;

use half::{bf16, f16};
use viper::runtime::{Client, CompileOptions, Input};
use viper::{DType, HostTensor};

/// One client shared by the tests of this binary (plugins are initialised once per process).
fn client() -> Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT
        .get_or_init(|| match Client::new(None) {
            Ok(c) => c,
            Err(e) => panic!("no PJRT plugin for the runtime tests: {e}"),
        })
        .clone()
}

/// A host tensor of `dtype` whose values are `f(i)` converted to the dtype.
fn tensor_of(dtype: DType, dims: &[usize], f: impl Fn(usize) -> f64) -> HostTensor {
    let n: usize = dims.iter().product();
    let v: Vec<f64> = (0..n).map(f).collect();
    let t = match dtype {
        DType::Bool => {
            HostTensor::from_slice(dims, &v.iter().map(|&x| x != 0.0).collect::<Vec<_>>())
        }
        DType::U8 => HostTensor::from_slice(dims, &v.iter().map(|&x| x as u8).collect::<Vec<_>>()),
        DType::I32 => {
            HostTensor::from_slice(dims, &v.iter().map(|&x| x as i32).collect::<Vec<_>>())
        }
        DType::I64 => {
            HostTensor::from_slice(dims, &v.iter().map(|&x| x as i64).collect::<Vec<_>>())
        }
        DType::U32 => {
            HostTensor::from_slice(dims, &v.iter().map(|&x| x as u32).collect::<Vec<_>>())
        }
        DType::U64 => {
            HostTensor::from_slice(dims, &v.iter().map(|&x| x as u64).collect::<Vec<_>>())
        }
        DType::F16 => HostTensor::from_slice(
            dims,
            &v.iter().map(|&x| f16::from_f64(x)).collect::<Vec<_>>(),
        ),
        DType::BF16 => HostTensor::from_slice(
            dims,
            &v.iter().map(|&x| bf16::from_f64(x)).collect::<Vec<_>>(),
        ),
        DType::F32 => {
            HostTensor::from_slice(dims, &v.iter().map(|&x| x as f32).collect::<Vec<_>>())
        }
        DType::F64 => HostTensor::from_slice(dims, &v),
    };
    t.expect("test tensor")
}

/// Values rounded to f32, as a device holding f32 returns them.
fn as_f32(values: &[f64]) -> Vec<f64> {
    values.iter().map(|&v| f64::from(v as f32)).collect()
}

fn assert_close(got: &[f64], want: &[f64], tol: f64, what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        assert!(
            (g - w).abs() <= tol * (1.0 + w.abs()),
            "{what}: element {i}: got {g}, want {w}"
        );
    }
}

#[test]
fn every_dtype_round_trips_through_a_device() {
    let c = client();
    let last = c.devices().len() - 1;
    for dtype in DType::ALL {
        for (dims, device) in [(vec![2usize, 3], 0usize), (vec![], last), (vec![0, 4], 0)] {
            // Values exercise sign (where the dtype has one), fractions for floats, and zero.
            let host = tensor_of(dtype, &dims, |i| {
                let base = (i as f64) * 1.5 + 1.0;
                if dtype == DType::Bool {
                    (i % 2) as f64
                } else if dtype.is_unsigned() {
                    base.floor() + 200.0 * f64::from(u8::from(dtype != DType::U8))
                } else if dtype.is_float() {
                    if i % 2 == 1 {
                        -base
                    } else {
                        base
                    }
                } else {
                    -(base.floor()) * 1000.0
                }
            });
            let buffer = c.to_device(&host, device).expect("to_device");
            assert_eq!(buffer.dtype(), dtype);
            assert_eq!(buffer.dims(), &dims[..]);
            assert_eq!(buffer.device(), device);
            let back = buffer.to_host().expect("to_host");
            assert_eq!(back, host, "{dtype} {dims:?} on device {device}");
        }
    }
}

#[test]
fn client_reports_platform_and_devices() {
    let c = client();
    assert!(!c.platform_name().is_empty());
    assert_eq!(c.api_version().0, 0);
    let devices = c.devices();
    assert!(!devices.is_empty());
    for (i, d) in devices.iter().enumerate() {
        assert_eq!(d.index, i);
        assert!(!d.kind.is_empty());
    }
    assert!(c.plugin_path().is_file());
}

/// `out0 = x * y + x`, `out1 = sum(x)`, on 2x3 f32.
const SMALL_GRAPH: &str = r#"
func.func public @main(%x: tensor<2x3xf32>, %y: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<f32>) {
  %0 = stablehlo.multiply %x, %y : tensor<2x3xf32>
  %1 = stablehlo.add %0, %x : tensor<2x3xf32>
  %z = stablehlo.constant dense<0.0> : tensor<f32>
  %2 = stablehlo.reduce(%x init: %z) applies stablehlo.add across dimensions = [0, 1] : (tensor<2x3xf32>, tensor<f32>) -> tensor<f32>
  return %1, %2 : tensor<2x3xf32>, tensor<f32>
}
"#;

/// Compiles and runs [`SMALL_GRAPH`] on `client`, checking values against the host.
fn run_small_graph(client: &Client) {
    let exe = client
        .compile("small_graph", SMALL_GRAPH, &CompileOptions::single_device())
        .expect("compile");
    assert_eq!(exe.name(), "small_graph");
    let xs: Vec<f64> = (0..6).map(|i| 0.5 * i as f64 - 1.0).collect();
    let ys: Vec<f64> = (0..6).map(|i| 2.0 - 0.25 * i as f64).collect();
    let x = client
        .to_device(&tensor_of(DType::F32, &[2, 3], |i| xs[i]), 0)
        .unwrap();
    let y = client
        .to_device(&tensor_of(DType::F32, &[2, 3], |i| ys[i]), 0)
        .unwrap();
    let out = exe
        .execute(vec![Input::Borrowed(&x), Input::Borrowed(&y)])
        .expect("execute");
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].dims(), &[2, 3]);
    assert_eq!(out[1].dims(), &[] as &[usize]);
    let want0: Vec<f64> = xs.iter().zip(&ys).map(|(x, y)| x * y + x).collect();
    let want1 = xs.iter().sum::<f64>();
    assert_close(
        &out[0].to_host().unwrap().to_f64_vec(),
        &want0,
        1e-6,
        "x*y+x",
    );
    assert_close(
        &out[1].to_host().unwrap().to_f64_vec(),
        &[want1],
        1e-6,
        "sum(x)",
    );
    // Borrowed inputs are untouched and still readable.
    assert!(!x.is_deleted().unwrap());
    assert_eq!(
        x.to_host().unwrap().to_f64_vec(),
        as_f32(&xs),
        "x after the run"
    );
}

#[test]
fn small_graph_matches_the_host() {
    run_small_graph(&client());
}

/// Runs the same graph through a second plugin when `VIPER_TEST_PLUGIN_ALT` names one (e.g.
/// `tools/install-pjrt-plugin --package lammps-jax-pjrt-cpu`).
#[test]
fn small_graph_on_the_alternative_plugin() {
    let Some(path) = std::env::var_os("VIPER_TEST_PLUGIN_ALT") else {
        eprintln!("VIPER_TEST_PLUGIN_ALT not set: alternative plugin not tested");
        return;
    };
    let alt = Client::new(Some(std::path::Path::new(&path))).expect("alternative plugin");
    eprintln!(
        "alternative plugin {} (API {:?}, {})",
        alt.plugin_path().display(),
        alt.api_version(),
        alt.platform_name()
    );
    run_small_graph(&alt);
}

/// The 4-device SPMD example of `shared/stablehlo-examples/spmd_4dev.mlir`: x (8x3) sharded by
/// rows over 4 devices, w (3x4) replicated, `sum(tanh(x @ w))` replicated on every device.
const SPMD_GRAPH: &str = r#"
module @spmd attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%x: tensor<8x3xf32> {mhlo.sharding = "{devices=[4,1]0,1,2,3}"}, %w: tensor<3x4xf32> {mhlo.sharding = "{replicated}"}) -> (tensor<f32> {mhlo.sharding = "{replicated}"}) {
    %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<8x3xf32>, tensor<3x4xf32>) -> tensor<8x4xf32>
    %1 = stablehlo.tanh %0 : tensor<8x4xf32>
    %z = stablehlo.constant dense<0.0> : tensor<f32>
    %2 = stablehlo.reduce(%1 init: %z) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x4xf32>, tensor<f32>) -> tensor<f32>
    return %2 : tensor<f32>
  }
}
"#;

/// The same computation on one device, on the whole batch.
const SINGLE_GRAPH: &str = r#"
func.func public @main(%x: tensor<8x3xf32>, %w: tensor<3x4xf32>) -> tensor<f32> {
  %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<8x3xf32>, tensor<3x4xf32>) -> tensor<8x4xf32>
  %1 = stablehlo.tanh %0 : tensor<8x4xf32>
  %z = stablehlo.constant dense<0.0> : tensor<f32>
  %2 = stablehlo.reduce(%1 init: %z) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x4xf32>, tensor<f32>) -> tensor<f32>
  return %2 : tensor<f32>
}
"#;

#[test]
fn spmd_over_four_devices_equals_one_device_on_the_whole_batch() {
    let c = client();
    assert!(c.devices().len() >= 4, "the CPU plugin exposes 4 devices");
    let xs: Vec<f64> = (0..24).map(|i| ((i * 7 % 11) as f64 - 5.0) * 0.1).collect();
    let ws: Vec<f64> = (0..12).map(|i| ((i * 5 % 7) as f64 - 3.0) * 0.2).collect();
    let host_sum: f64 = (0..8)
        .flat_map(|r| (0..4).map(move |k| (r, k)))
        .map(|(r, k)| {
            (0..3)
                .map(|j| xs[r * 3 + j] * ws[j * 4 + k])
                .sum::<f64>()
                .tanh()
        })
        .sum();

    let single = c
        .compile(
            "spmd_reference",
            SINGLE_GRAPH,
            &CompileOptions::single_device(),
        )
        .unwrap();
    let x = c
        .to_device(&tensor_of(DType::F32, &[8, 3], |i| xs[i]), 0)
        .unwrap();
    let w = c
        .to_device(&tensor_of(DType::F32, &[3, 4], |i| ws[i]), 0)
        .unwrap();
    let single_out = single
        .execute(vec![Input::Borrowed(&x), Input::Borrowed(&w)])
        .unwrap()[0]
        .to_host()
        .unwrap()
        .to_f64_vec()[0];
    assert_close(&[single_out], &[host_sum], 1e-5, "single device vs host");

    let spmd = c
        .compile("spmd_sum", SPMD_GRAPH, &CompileOptions::spmd(4))
        .unwrap();
    assert_eq!(spmd.devices(), &[0, 1, 2, 3]);
    // Device d holds rows 2d and 2d+1 of x, and a full copy of w.
    let shards: Vec<_> = (0..4)
        .map(|d| {
            let x = c
                .to_device(&tensor_of(DType::F32, &[2, 3], |i| xs[d * 6 + i]), d)
                .unwrap();
            let w = c
                .to_device(&tensor_of(DType::F32, &[3, 4], |i| ws[i]), d)
                .unwrap();
            (x, w)
        })
        .collect();
    let lists = shards
        .iter()
        .map(|(x, w)| vec![Input::Borrowed(x), Input::Borrowed(w)])
        .collect();
    let outs = spmd.execute_sharded(lists).unwrap();
    assert_eq!(outs.len(), 4);
    for (d, out) in outs.iter().enumerate() {
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].device(), d);
        let v = out[0].to_host().unwrap().to_f64_vec()[0];
        assert_close(
            &[v],
            &[single_out],
            1e-5,
            &format!("device {d} vs single device"),
        );
    }
}

/// `p + x`, with p (argument 0) aliased to output 0, as JAX marks donated parameters.
const DONATING_STEP: &str = r#"
func.func public @main(%p: tensor<64xf32> {tf.aliasing_output = 0 : i32}, %x: tensor<64xf32>) -> tensor<64xf32> {
  %0 = stablehlo.add %p, %x : tensor<64xf32>
  return %0 : tensor<64xf32>
}
"#;

#[test]
fn donated_parameters_are_updated_in_place_for_100_steps() {
    let c = client();
    let step = c
        .compile(
            "donating_step",
            DONATING_STEP,
            &CompileOptions::single_device(),
        )
        .unwrap();
    let p0: Vec<f64> = (0..64).map(|i| i as f64 * 0.5).collect();
    let xs: Vec<f64> = (0..64).map(|i| 0.25 - i as f64 * 0.01).collect();
    let x = c
        .to_device(&tensor_of(DType::F32, &[64], |i| xs[i]), 0)
        .unwrap();
    let mut p = c
        .to_device(&tensor_of(DType::F32, &[64], |i| p0[i]), 0)
        .unwrap();
    let first_address = p.device_address().unwrap();
    for _ in 0..100 {
        let address = p.device_address().unwrap();
        let mut out = step
            .execute(vec![Input::Donated(p), Input::Borrowed(&x)])
            .unwrap();
        p = out.pop().unwrap();
        // The output lives in the donated input's memory: nothing was allocated or copied.
        assert_eq!(
            p.device_address().unwrap(),
            address,
            "donated memory reused"
        );
    }
    assert_eq!(p.device_address().unwrap(), first_address);
    // f32 accumulation of 100 additions, compared with exact f64 arithmetic.
    let want: Vec<f64> = p0.iter().zip(&xs).map(|(p, x)| p + 100.0 * x).collect();
    assert_close(
        &p.to_host().unwrap().to_f64_vec(),
        &want,
        1e-4,
        "p after 100 steps",
    );
    // The borrowed input was never consumed.
    assert!(!x.is_deleted().unwrap());
    assert_eq!(
        x.to_host().unwrap().to_f64_vec(),
        as_f32(&xs),
        "x after 100 steps"
    );
}

#[test]
fn borrowing_an_aliased_parameter_leaves_it_intact() {
    let c = client();
    let step = c
        .compile(
            "donating_step",
            DONATING_STEP,
            &CompileOptions::single_device(),
        )
        .unwrap();
    let p = c
        .to_device(&tensor_of(DType::F32, &[64], |i| i as f64), 0)
        .unwrap();
    let x = c
        .to_device(&tensor_of(DType::F32, &[64], |_| 1.0), 0)
        .unwrap();
    let out = step
        .execute(vec![Input::Borrowed(&p), Input::Borrowed(&x)])
        .unwrap();
    assert!(
        !p.is_deleted().unwrap(),
        "a borrowed input must not be donated"
    );
    assert_ne!(
        out[0].device_address().unwrap(),
        p.device_address().unwrap()
    );
    let want_p: Vec<f64> = (0..64).map(|i| i as f64).collect();
    assert_close(&p.to_host().unwrap().to_f64_vec(), &want_p, 0.0, "p kept");
    let want_out: Vec<f64> = want_p.iter().map(|v| v + 1.0).collect();
    assert_close(
        &out[0].to_host().unwrap().to_f64_vec(),
        &want_out,
        0.0,
        "p + x",
    );
}

#[test]
fn bad_mlir_reports_the_plugin_message_and_the_graph_name() {
    let c = client();
    let bad = "func.func public @main(%x: tensor<2xf32>) -> tensor<2xf32> {\n  \
               %0 = stablehlo.no_such_op %x : tensor<2xf32>\n  return %0 : tensor<2xf32>\n}\n";
    let err = match c.compile("broken_graph", bad, &CompileOptions::single_device()) {
        Ok(_) => panic!("an unknown op must not compile"),
        Err(e) => e.to_string(),
    };
    assert!(err.contains("broken_graph"), "{err}");
    assert!(
        err.contains(&c.plugin_path().display().to_string()),
        "{err}"
    );
    // The plugin's own parser message names the offending op.
    assert!(err.contains("no_such_op"), "{err}");
}

#[test]
fn bad_compile_options_are_refused_before_the_plugin_sees_them() {
    // The CPU plugin aborts the process on zero replicas or partitions; getting an error
    // back at all shows the plugin never saw these.
    let c = client();
    let n = c.devices().len();
    let cases = [
        (
            CompileOptions {
                num_replicas: 0,
                ..CompileOptions::single_device()
            },
            "num_replicas",
        ),
        (CompileOptions::spmd(0), "num_partitions"),
        (CompileOptions::spmd(n + 1), "addressable devices"),
    ];
    for (options, field) in cases {
        let err = match c.compile("small_graph", SMALL_GRAPH, &options) {
            Ok(_) => panic!("{options:?} must be refused"),
            Err(e) => e.to_string(),
        };
        assert!(err.starts_with("compile options:"), "{err}");
        assert!(err.contains(field), "{err}");
    }
}

#[test]
fn inputs_on_the_wrong_device_or_of_the_wrong_count_are_refused() {
    let c = client();
    let exe = c
        .compile("small_graph", SMALL_GRAPH, &CompileOptions::single_device())
        .unwrap();
    let t = tensor_of(DType::F32, &[2, 3], |i| i as f64);
    let on0 = c.to_device(&t, 0).unwrap();
    let on1 = c.to_device(&t, 1).unwrap();
    let err = exe
        .execute(vec![Input::Borrowed(&on0), Input::Borrowed(&on1)])
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("small_graph") && err.contains("device 1"),
        "{err}"
    );
    let err = exe
        .execute_sharded(vec![
            vec![Input::Borrowed(&on0)],
            vec![Input::Borrowed(&on0)],
        ])
        .unwrap_err()
        .to_string();
    assert!(err.contains("one argument list per device"), "{err}");
    let err = c.to_device(&t, 99).unwrap_err().to_string();
    assert!(err.contains("device index 99"), "{err}");
}
