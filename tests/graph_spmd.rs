//! Device tests of whole programs: a 4-device SPMD data-parallel train step against the
//! single-device one, and donated parameters updated in place through the session.

mod common;
use common::{assert_near, session};
use viper::graph::{FunctionBuilder, InputSpec};
use viper::named_graphs::{mlp_train_step, MlpShape};
use viper::runtime::Input;
use viper::testing::{random_f64, Rng, Sampler};
use viper::{DType, HostTensor};

fn f32_host(rng: &mut Rng, dims: &[usize]) -> HostTensor {
    let v: Vec<f32> = random_f64(rng, dims, Sampler::Normal)
        .to_f64_vec()
        .iter()
        .map(|&x| x as f32)
        .collect();
    HostTensor::from_slice(dims, &v).unwrap()
}

#[test]
fn spmd_data_parallel_step_equals_single_device() {
    let s = &MlpShape::EXAMPLE;
    let mut rng = Rng::new(11);
    let inputs: Vec<HostTensor> = [
        vec![s.input, s.hidden],
        vec![s.hidden],
        vec![s.hidden, s.output],
        vec![s.output],
        vec![s.batch, s.input],
        vec![s.batch, s.output],
    ]
    .iter()
    .map(|dims| f32_host(&mut rng, dims))
    .collect();
    let single = session()
        .run(&mlp_train_step(s, None).unwrap(), &inputs)
        .unwrap();
    let sharded_fn = mlp_train_step(s, Some(4)).unwrap();
    assert_eq!(sharded_fn.num_partitions(), 4);
    let sharded = session().run(&sharded_fn, &inputs).unwrap();
    assert_eq!(single.len(), 5);
    for (a, b) in single.iter().zip(&sharded) {
        assert_eq!(a.dims(), b.dims());
        // Partial sums are added in another order across devices: f32 rounding only.
        assert_near(&b.to_f64_vec(), &a.to_f64_vec(), 1e-5);
    }
    // And the loss is the host-computed mean squared error of the forward pass.
    let v: Vec<Vec<f64>> = inputs.iter().map(|h| h.to_f64_vec()).collect();
    let (w1, b1, w2, b2, x, y) = (&v[0], &v[1], &v[2], &v[3], &v[4], &v[5]);
    let mut loss = 0.0;
    for n in 0..s.batch {
        let hidden: Vec<f64> = (0..s.hidden)
            .map(|j| {
                (b1[j]
                    + (0..s.input)
                        .map(|i| x[n * s.input + i] * w1[i * s.hidden + j])
                        .sum::<f64>())
                .tanh()
            })
            .collect();
        for k in 0..s.output {
            let p = b2[k]
                + (0..s.hidden)
                    .map(|j| hidden[j] * w2[j * s.output + k])
                    .sum::<f64>();
            loss += (p - y[n * s.output + k]).powi(2);
        }
    }
    loss /= (s.batch * s.output) as f64;
    assert_near(&single[0].to_f64_vec(), &[loss], 1e-5);
}

#[test]
fn donated_parameter_is_updated_through_the_session() {
    // p' = p - 0.25 * grad(sum(p^2)) = p - 0.25 * 2p = p / 2; loss = 4 + 16 + 1 = 21.
    let f = FunctionBuilder::new("donate");
    let p = f.input_with(InputSpec::new("p", DType::F32, &[3]).donated_to(0));
    let loss = p.square().sum_all();
    let g = viper::graph::grad(&loss, &[&p]);
    let function = f.finish(&[&p - &g[0] * 0.25, loss]).unwrap();
    let text = viper::lower::to_stablehlo(&function).unwrap();
    assert!(text.contains("tf.aliasing_output = 0 : i32"), "{text}");
    let compiled = session().compile(&function).unwrap();
    let host = HostTensor::from_slice(&[3], &[2.0f32, -4.0, 1.0]).unwrap();
    let buffer = session().client().to_device(&host, 0).unwrap();
    let out = compiled.execute(vec![Input::Donated(buffer)]).unwrap();
    assert_eq!(
        out[0].to_host().unwrap().to_vec::<f32>().unwrap(),
        vec![1.0, -2.0, 0.5]
    );
    assert_eq!(
        out[1].to_host().unwrap().to_vec::<f32>().unwrap(),
        vec![21.0]
    );
}

#[test]
fn donation_to_an_output_of_another_type_is_refused() {
    let f = FunctionBuilder::new("bad_donation");
    let p = f.input_with(InputSpec::new("p", DType::F32, &[3]).donated_to(0));
    let error = f.finish(&[p.sum_all()]).unwrap_err().to_string();
    assert!(
        error.contains("input `p` (f32[3]) is donated to output 0, whose type is f32[]"),
        "{error}"
    );
}
