//! `VideoGptTrainer` on synthetic codes: the validation program (eval mode) and the train
//! step (its reported loss is computed before the update) agree on the initial parameters;
//! the first update has learning rate 0 (warmup) and sets the EMA to the updated parameters
//! (decay 0 at the first update, as the reference), so both validation losses then agree;
//! after more steps the EMA lags the parameters; the batch loss falls; and a checkpoint
//! resumes to the same parameters as an uninterrupted run.

use viper::data::{ClipBatch, ClipBatches, ClipSpec, EpisodeCodes};
use viper::host::HostTensor;
use viper::models::videogpt::{CodeSpace, VideoGptConfig, VideoGptTrainer};
use viper::session::Session;
use viper::testing::Rng;

const SPACE: CodeSpace = CodeSpace {
    grid: [4, 4],
    codebook_size: 8,
    code_dim: 4,
};

fn config() -> VideoGptConfig {
    VideoGptConfig {
        seq_len: 3,
        n_classes: Some(2),
        batch_size: 4,
        warmup_steps: 2,
        ema: 0.9,
        ..VideoGptConfig::tiny()
    }
}

/// Episodes whose codes repeat a per-task pattern shifted each frame (learnable).
fn clips() -> ClipBatches {
    let per_frame = SPACE.grid[0] * SPACE.grid[1];
    let episodes = (0..4)
        .map(|e| {
            let label = e % 2;
            let len = 12;
            let codes = (0..len * per_frame)
                .map(|i| ((i / per_frame + i % per_frame + 3 * label) % SPACE.codebook_size) as i32)
                .collect();
            EpisodeCodes {
                name: format!("ep{e}"),
                label,
                len,
                codes,
            }
        })
        .collect();
    let spec = ClipSpec {
        seq_len: 3,
        frame_skip: 1,
    };
    ClipBatches::new(episodes, spec, SPACE.grid, 4, 5).unwrap()
}

fn codebook() -> HostTensor {
    let mut rng = Rng::new(9);
    let values: Vec<f32> = (0..SPACE.codebook_size * SPACE.code_dim)
        .map(|_| rng.normal() as f32)
        .collect();
    HostTensor::from_slice(&[SPACE.codebook_size, SPACE.code_dim], &values).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-5 * a.abs().max(1.0)
}

#[test]
fn validation_step_loss_and_ema_agree_where_they_must() {
    let session = Session::discover().unwrap();
    let config = config();
    let mut data = clips();
    let batches: Vec<ClipBatch> = (0..30).map(|k| data.batch(k)).collect();
    let mut trainer = VideoGptTrainer::init(&session, &config, SPACE, codebook()).unwrap();

    let before = trainer.validate(&batches[..1]).unwrap();
    assert!(close(before.loss, before.loss_ema), "{before:?}");
    let first = trainer.step(&batches[0]).unwrap();
    assert!(
        close(first.get("loss").unwrap(), before.loss),
        "{first:?} {before:?}"
    );
    assert_eq!(first.get("optim/learning_rate"), Some(0.0));
    let bits = first.get("bits_per_token").unwrap();
    assert!(close(bits * std::f64::consts::LN_2, before.loss));
    // Learning rate 0: the parameters did not move, and the EMA copied them.
    let after_first = trainer.validate(&batches[..1]).unwrap();
    assert!(close(after_first.loss, before.loss), "{after_first:?}");
    assert!(
        close(after_first.loss_ema, after_first.loss),
        "{after_first:?}"
    );

    let mut losses = vec![first.get("loss").unwrap()];
    for batch in &batches[1..20] {
        losses.push(trainer.step(batch).unwrap().get("loss").unwrap());
    }
    let later = trainer.validate(&batches[..2]).unwrap();
    assert!(!close(later.loss, later.loss_ema), "{later:?}");
    assert!(losses[19] < losses[0] - 0.5, "{losses:?}");

    // Resume from the checkpoint of step 20: ten more steps give what ten more steps of the
    // running trainer give.
    let checkpoint = trainer.checkpoint().unwrap();
    let mut resumed = VideoGptTrainer::resume(
        &session,
        &config,
        SPACE,
        codebook(),
        &checkpoint,
        std::path::Path::new("memory"),
    )
    .unwrap();
    for batch in &batches[20..] {
        trainer.step(batch).unwrap();
        resumed.step(batch).unwrap();
    }
    assert_eq!(trainer.params().unwrap(), resumed.params().unwrap());
    assert_eq!(trainer.ema_params().unwrap(), resumed.ema_params().unwrap());
}
