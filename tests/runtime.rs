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
    assert_close(
        &x.to_host().unwrap().to_f64_vec(),
        &xs,
        0.0,
        "x after the run",
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
