//! DeepMind-Control-style tolerance rewards: 1 inside a band, decaying smoothly outside it.
//!
//! `tolerance(x, lower, upper, margin, sigmoid)` is 1 when `lower <= x <= upper`. Outside, with
//! `d` the distance to the band divided by `margin`, it is a sigmoid of `d` equal to
//! `value_at_margin` at `d = 1`:
//! - `Gaussian(v)`: `exp(-0.5 (d s)^2)` with `s = sqrt(-2 ln v)`;
//! - `Quadratic(v)`: `max(0, 1 - (d s)^2)` with `s = sqrt(1 - v)`.
//!
//! With `margin = 0` it is the indicator of the band.

/// How the reward decays outside the band; the value is the reward at one margin away.
#[derive(Clone, Copy, Debug)]
pub enum Sigmoid {
    Gaussian(f64),
    Quadratic(f64),
}

/// The tolerance reward of `x` for the band `[lower, upper]`, in [0, 1].
pub fn tolerance(x: f64, lower: f64, upper: f64, margin: f64, sigmoid: Sigmoid) -> f64 {
    if (lower..=upper).contains(&x) {
        return 1.0;
    }
    if margin <= 0.0 {
        return 0.0;
    }
    let d = if x < lower { lower - x } else { x - upper } / margin;
    match sigmoid {
        Sigmoid::Gaussian(at_margin) => {
            let s = (-2.0 * at_margin.ln()).sqrt();
            (-0.5 * (d * s).powi(2)).exp()
        }
        Sigmoid::Quadratic(at_margin) => {
            let s = (1.0 - at_margin).sqrt();
            (1.0 - (d * s).powi(2)).max(0.0)
        }
    }
}

/// DMC's control cost factor: `(4 + mean_i (1 - u_i^2)) / 5`, in [0.8, 1] for `u` in [-1, 1].
pub fn small_control(action: &[f32]) -> f64 {
    let quad = Sigmoid::Quadratic(0.0);
    let mean = action
        .iter()
        .map(|&u| tolerance(u as f64, 0.0, 0.0, 1.0, quad))
        .sum::<f64>()
        / action.len().max(1) as f64;
    (4.0 + mean) / 5.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerance_is_one_in_band_and_value_at_margin_one_margin_away() {
        let g = Sigmoid::Gaussian(0.1);
        assert_eq!(tolerance(0.5, 0.0, 1.0, 2.0, g), 1.0);
        assert!((tolerance(3.0, 0.0, 1.0, 2.0, g) - 0.1).abs() < 1e-12);
        assert!((tolerance(-2.0, 0.0, 1.0, 2.0, g) - 0.1).abs() < 1e-12);
        let q = Sigmoid::Quadratic(0.0);
        assert!((tolerance(0.5, 0.0, 0.0, 1.0, q) - 0.75).abs() < 1e-12);
        assert_eq!(tolerance(1.5, 0.0, 0.0, 1.0, q), 0.0);
        assert_eq!(tolerance(1.5, 0.0, 1.0, 0.0, g), 0.0);
    }

    #[test]
    fn small_control_spans_point_eight_to_one() {
        assert_eq!(small_control(&[0.0, 0.0]), 1.0);
        assert!((small_control(&[1.0, -1.0]) - 0.8).abs() < 1e-12);
    }
}
