//! Integration tests of the PJRT runtime on the installed default plugin (run
//! `tools/install-pjrt-plugin` first; without a plugin these tests fail with the discovery
//! error). Expected values are computed on the host in f64.

mod common;

use common::{as_f32, assert_close, client, tensor_of};
use viper::runtime::{Client, CompileOptions, DeviceBuffer, Executable, Input};
use viper::DType;

#[test]
fn handles_can_cross_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Client>();
    send_sync::<Executable>();
    send_sync::<DeviceBuffer>();
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

#[test]
fn a_missing_or_bogus_plugin_names_the_path_and_the_installer() {
    let missing = std::path::Path::new("/nonexistent/viper/plugin.so");
    let err = Client::new(Some(missing))
        .err()
        .expect("no plugin there")
        .to_string();
    assert!(
        err.contains("/nonexistent/viper/plugin.so") && err.contains("no such file"),
        "{err}"
    );
    assert!(err.contains("tools/install-pjrt-plugin"), "{err}");

    let bogus = std::env::temp_dir().join(format!("viper-not-a-plugin-{}.so", std::process::id()));
    std::fs::write(&bogus, b"not a shared library").unwrap();
    let err = Client::new(Some(&bogus))
        .err()
        .expect("not a plugin")
        .to_string();
    std::fs::remove_file(&bogus).unwrap();
    assert!(err.contains(&bogus.display().to_string()), "{err}");
    assert!(err.contains("cannot load shared library"), "{err}");
}

#[test]
fn one_executable_runs_from_two_threads_at_once() {
    let c = client();
    let exe = c
        .compile("small_graph", SMALL_GRAPH, &CompileOptions::single_device())
        .unwrap();
    std::thread::scope(|s| {
        for t in 0..2 {
            let (c, exe) = (&c, &exe);
            s.spawn(move || {
                let x = c
                    .to_device(&tensor_of(DType::F32, &[2, 3], |i| (i + t) as f64), 0)
                    .unwrap();
                let y = c
                    .to_device(&tensor_of(DType::F32, &[2, 3], |_| 2.0), 0)
                    .unwrap();
                for _ in 0..20 {
                    let out = exe
                        .execute(vec![Input::Borrowed(&x), Input::Borrowed(&y)])
                        .unwrap();
                    let want: Vec<f64> = (0..6).map(|i| 3.0 * (i + t) as f64).collect();
                    assert_eq!(out[0].to_host().unwrap().to_f64_vec(), want);
                }
            });
        }
    });
}
