//! Client create options through real client creation: on the installed default plugin and,
//! when `VIPER_TEST_PLUGIN_ALT` names one, on the alternative plugin. Each client runs a small
//! graph whose result is checked against the host, so an option that broke execution fails.

mod common;

use common::{assert_close, plugins_to_test, tensor_of};
use viper::runtime::{
    Client, ClientOptions, CompileOptions, Input, RuntimeError, INLINE_ON_CPU_BY_DEFAULT,
};
use viper::DType;

/// `sum(x * x)` of an 8-vector, on every device of `client`: checks each against the host.
fn check_runs_on_every_device(client: &Client) {
    let mlir = "func.func public @main(%x: tensor<8xf32>) -> tensor<f32> {\n  \
                %0 = stablehlo.multiply %x, %x : tensor<8xf32>\n  \
                %z = stablehlo.constant dense<0.0> : tensor<f32>\n  \
                %1 = stablehlo.reduce(%0 init: %z) applies stablehlo.add across dimensions = [0] \
                : (tensor<8xf32>, tensor<f32>) -> tensor<f32>\n  \
                return %1 : tensor<f32>\n}\n";
    let exe = client
        .compile("sum_of_squares", mlir, &CompileOptions::single_device())
        .unwrap();
    let xs: Vec<f64> = (0..8).map(|i| i as f64 * 0.5 - 1.75).collect();
    let want: f64 = xs.iter().map(|x| x * x).sum();
    let x = client
        .to_device(&tensor_of(DType::F32, &[8], |i| xs[i]), 0)
        .unwrap();
    let out = exe.execute(vec![Input::Borrowed(&x)]).unwrap();
    assert_close(
        &out[0].to_host().unwrap().to_f64_vec(),
        &[want],
        1e-6,
        "sum(x*x)",
    );
    // Every device is usable: a round trip through each.
    for d in 0..client.devices().len() {
        let on_d = client
            .to_device(&tensor_of(DType::F32, &[8], |i| xs[i]), d)
            .unwrap();
        assert_eq!(on_d.device(), d);
        assert_close(
            &on_d.to_host().unwrap().to_f64_vec(),
            &xs,
            0.0,
            "round trip",
        );
    }
}

#[test]
fn default_options_run_cpu_clients_inline() {
    for plugin in plugins_to_test() {
        let c = Client::new(plugin.as_deref()).unwrap();
        let want = (c.platform_name() == "cpu" && INLINE_ON_CPU_BY_DEFAULT).then_some(false);
        assert_eq!(
            c.options(),
            ClientOptions {
                asynchronous: want,
                cpu_device_count: None
            },
            "{}",
            c.plugin_path().display()
        );
        check_runs_on_every_device(&c);
    }
}

#[test]
fn explicit_options_round_trip_through_client_creation() {
    for plugin in plugins_to_test() {
        for (asynchronous, devices) in [(false, 2), (true, 3), (false, 1)] {
            let options = ClientOptions {
                asynchronous: Some(asynchronous),
                cpu_device_count: Some(devices),
            };
            let c = Client::with_options(plugin.as_deref(), &options)
                .unwrap_or_else(|e| panic!("{plugin:?} {options:?}: {e}"));
            assert_eq!(c.options(), options);
            assert_eq!(
                c.devices().len(),
                devices,
                "{} with {options:?}",
                c.plugin_path().display()
            );
            check_runs_on_every_device(&c);
        }
    }
}

#[test]
fn a_device_count_the_plugins_cannot_use_is_refused_before_client_creation() {
    // 0 would give a client without devices, and a huge count is a typo; either way the
    // error names the option and the value.
    for count in [0, 100_000] {
        let options = ClientOptions {
            cpu_device_count: Some(count),
            ..Default::default()
        };
        let err = Client::with_options(None, &options).err().expect("refused");
        assert!(
            matches!(err, RuntimeError::ClientOptionInvalid { .. }),
            "{err}"
        );
        let text = err.to_string();
        assert!(
            text.contains("cpu_device_count") && text.contains(&count.to_string()),
            "{text}"
        );
    }
}
