//! Integration tests of SPMD execution and input donation on the installed default plugin
//! (see `tests/runtime.rs`). Donation is checked by the device address of the output: a
//! donated input's memory is reused in place.

mod common;

use common::{as_f32, assert_close, client, plugins_to_test, tensor_of};
use viper::runtime::{Client, ClientOptions, CompileOptions, Input};
use viper::DType;

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
    spmd_over_four_devices_equals_one_device_on_the_whole_batch_on(&client());
}

fn spmd_over_four_devices_equals_one_device_on_the_whole_batch_on(c: &Client) {
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
    donated_parameters_are_updated_in_place_for_100_steps_on(&client());
}

fn donated_parameters_are_updated_in_place_for_100_steps_on(c: &Client) {
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

/// A data-parallel update: p (replicated, donated) += column sums of x (sharded by rows).
const SPMD_DONATING_STEP: &str = r#"
module @spmd_step attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%p: tensor<4xf32> {mhlo.sharding = "{replicated}", tf.aliasing_output = 0 : i32}, %x: tensor<8x4xf32> {mhlo.sharding = "{devices=[4,1]0,1,2,3}"}) -> (tensor<4xf32> {mhlo.sharding = "{replicated}"}) {
    %z = stablehlo.constant dense<0.0> : tensor<f32>
    %s = stablehlo.reduce(%x init: %z) applies stablehlo.add across dimensions = [0] : (tensor<8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %0 = stablehlo.add %p, %s : tensor<4xf32>
    return %0 : tensor<4xf32>
  }
}
"#;

#[test]
fn sharded_execution_donates_the_replicated_parameters_on_every_device() {
    sharded_execution_donates_the_replicated_parameters_on_every_device_on(&client());
}

fn sharded_execution_donates_the_replicated_parameters_on_every_device_on(c: &Client) {
    let step = c
        .compile("spmd_step", SPMD_DONATING_STEP, &CompileOptions::spmd(4))
        .unwrap();
    let xs: Vec<f64> = (0..32).map(|i| (i % 5) as f64 - 1.5).collect();
    let p0 = [0.5, -1.0, 2.0, 0.0];
    let mut params: Vec<_> = (0..4)
        .map(|d| {
            c.to_device(&tensor_of(DType::F32, &[4], |i| p0[i]), d)
                .unwrap()
        })
        .collect();
    let shards: Vec<_> = (0..4)
        .map(|d| {
            c.to_device(&tensor_of(DType::F32, &[2, 4], |i| xs[d * 8 + i]), d)
                .unwrap()
        })
        .collect();
    let steps = 3;
    for _ in 0..steps {
        let addresses: Vec<usize> = params.iter().map(|p| p.device_address().unwrap()).collect();
        let lists = params
            .into_iter()
            .zip(&shards)
            .map(|(p, x)| vec![Input::Donated(p), Input::Borrowed(x)])
            .collect();
        params = step
            .execute_sharded(lists)
            .unwrap()
            .into_iter()
            .map(|mut outs| outs.pop().unwrap())
            .collect();
        for (d, p) in params.iter().enumerate() {
            assert_eq!(p.device(), d);
            assert_eq!(
                p.device_address().unwrap(),
                addresses[d],
                "device {d} reused p"
            );
        }
    }
    let col_sums: Vec<f64> = (0..4)
        .map(|k| (0..8).map(|r| xs[r * 4 + k]).sum())
        .collect();
    let want: Vec<f64> = (0..4).map(|k| p0[k] + steps as f64 * col_sums[k]).collect();
    for (d, p) in params.iter().enumerate() {
        let got = p.to_host().unwrap().to_f64_vec();
        assert_close(&got, &want, 1e-6, &format!("p on device {d}"));
    }
}

/// The checks above on explicitly created clients: executions inline (`asynchronous = false`)
/// and on the plugin's thread pool, on the default plugin and, when `VIPER_TEST_PLUGIN_ALT`
/// names one, on the alternative plugin.
#[test]
fn spmd_and_donation_hold_inline_and_on_the_thread_pool() {
    for plugin in plugins_to_test() {
        for asynchronous in [false, true] {
            let options = ClientOptions {
                asynchronous: Some(asynchronous),
                ..Default::default()
            };
            let c = Client::with_options(plugin.as_deref(), &options)
                .unwrap_or_else(|e| panic!("{plugin:?} {options:?}: {e}"));
            assert_eq!(c.options(), options);
            eprintln!("{} with {options:?}", c.plugin_path().display());
            spmd_over_four_devices_equals_one_device_on_the_whole_batch_on(&c);
            donated_parameters_are_updated_in_place_for_100_steps_on(&c);
            sharded_execution_donates_the_replicated_parameters_on_every_device_on(&c);
        }
    }
}
