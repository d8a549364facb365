//! Discrete-time LQR for small linear systems with one input, used by the cart-pole expert.
//!
//! `discretize` turns continuous dynamics `s' = A s + B u` with `u` held constant for `dt` (zero
//! order hold) into `s[k+1] = Ad s[k] + Bd u[k]`, with `Ad = exp(A dt)` and
//! `Bd = (sum_k A^k dt^(k+1) / (k+1)!) B` from their Taylor series (the terms shrink fast
//! because `|A| dt` is small for our systems). `lqr_gain` iterates the discrete algebraic
//! Riccati equation `P = Q + Ad' P Ad - Ad' P Bd (R + Bd' P Bd)^-1 Bd' P Ad` to a fixed point
//! and returns `K = (R + Bd' P Bd)^-1 Bd' P Ad`, so that `u = -K s` minimises
//! `sum_k s' Q s + R u^2`.

pub type Matrix = [[f64; 4]; 4];
pub type Vector = [f64; 4];

fn mat_mul(a: &Matrix, b: &Matrix) -> Matrix {
    std::array::from_fn(|i| std::array::from_fn(|j| (0..4).map(|k| a[i][k] * b[k][j]).sum()))
}

fn mat_vec(a: &Matrix, v: &Vector) -> Vector {
    std::array::from_fn(|i| (0..4).map(|k| a[i][k] * v[k]).sum())
}

fn transpose(a: &Matrix) -> Matrix {
    std::array::from_fn(|i| std::array::from_fn(|j| a[j][i]))
}

fn dot(a: &Vector, b: &Vector) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn identity() -> Matrix {
    std::array::from_fn(|i| std::array::from_fn(|j| if i == j { 1.0 } else { 0.0 }))
}

/// Zero-order-hold discretisation `(Ad, Bd)` of `(A, B)` at step `dt`.
pub fn discretize(a: &Matrix, b: &Vector, dt: f64) -> (Matrix, Vector) {
    let mut ad = identity();
    let mut integral = identity().map(|row| row.map(|v| v * dt)); // sum A^k dt^(k+1)/(k+1)!
    let mut term = identity(); // A^k dt^k / k!
    for k in 1..20 {
        term = mat_mul(&term, a).map(|row| row.map(|v| v * dt / k as f64));
        ad = std::array::from_fn(|i| std::array::from_fn(|j| ad[i][j] + term[i][j]));
        let scale = dt / (k + 1) as f64;
        integral =
            std::array::from_fn(|i| std::array::from_fn(|j| integral[i][j] + term[i][j] * scale));
    }
    (ad, mat_vec(&integral, b))
}

/// The LQR gain `K` for `s[k+1] = Ad s[k] + Bd u[k]` with state cost `diag(q)` and input
/// cost `r`; `None` if the Riccati iteration does not converge.
pub fn lqr_gain(ad: &Matrix, bd: &Vector, q: &Vector, r: f64) -> Option<Vector> {
    let mut p: Matrix =
        std::array::from_fn(|i| std::array::from_fn(|j| if i == j { q[i] } else { 0.0 }));
    let ad_t = transpose(ad);
    for _ in 0..100_000 {
        let pb = mat_vec(&p, bd);
        let denominator = r + dot(bd, &pb);
        // K = (R + B'PB)^-1 B'PA; (B'PA)_j = sum_i (PB)_i A_ij since P is symmetric.
        let next_gain: Vector =
            std::array::from_fn(|j| (0..4).map(|i| pb[i] * ad[i][j]).sum::<f64>() / denominator);
        let pa = mat_mul(&p, ad);
        let apa = mat_mul(&ad_t, &pa);
        let apb = mat_vec(&ad_t, &pb);
        let update: Matrix = std::array::from_fn(|i| {
            std::array::from_fn(|j| {
                let diagonal = if i == j { q[i] } else { 0.0 };
                diagonal + apa[i][j] - apb[i] * next_gain[j]
            })
        });
        // P is symmetric in exact arithmetic; without re-symmetrising, round-off asymmetry
        // grows along the unstable directions and the iteration drifts off after converging.
        let next: Matrix =
            std::array::from_fn(|i| std::array::from_fn(|j| (update[i][j] + update[j][i]) / 2.0));
        let change = (0..4)
            .flat_map(|i| (0..4).map(move |j| (i, j)))
            .map(|(i, j)| (next[i][j] - p[i][j]).abs())
            .fold(0.0, f64::max);
        let scale = next.iter().flatten().map(|v| v.abs()).fold(1.0, f64::max);
        p = next;
        if change <= 1e-12 * scale {
            return Some(next_gain);
        }
        if !scale.is_finite() {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A double integrator `x'' = u`: exact ZOH is `Ad = [[1, dt], [0, 1]]`, `Bd = [dt^2/2, dt]`.
    fn double_integrator() -> (Matrix, Vector) {
        let mut a = [[0.0; 4]; 4];
        a[0][1] = 1.0;
        a[2][3] = 1.0; // a second, uncontrolled copy: stays as it is
        (a, [0.0, 1.0, 0.0, 0.0])
    }

    #[test]
    fn discretize_matches_the_exact_double_integrator() {
        let (a, b) = double_integrator();
        let dt = 0.1;
        let (ad, bd) = discretize(&a, &b, dt);
        assert!((ad[0][1] - dt).abs() < 1e-15 && (ad[0][0] - 1.0).abs() < 1e-15);
        assert!((bd[0] - dt * dt / 2.0).abs() < 1e-15 && (bd[1] - dt).abs() < 1e-15);
    }

    #[test]
    fn lqr_gain_stabilises_a_chain_of_integrators() {
        let mut a = [[0.0; 4]; 4];
        a[0][1] = 1.0;
        a[1][2] = 1.0; // x'''' = u: open-loop unstable (all poles at 0, polynomial growth)
        a[2][3] = 1.0;
        let b = [0.0, 0.0, 0.0, 1.0];
        let (ad, bd) = discretize(&a, &b, 0.05);
        let k = lqr_gain(&ad, &bd, &[1.0, 1.0, 1.0, 1.0], 0.1).expect("converges");
        let mut s = [1.0, -0.5, 0.3, 0.0];
        for _ in 0..2000 {
            let u = -dot(&k, &s);
            let next = mat_vec(&ad, &s);
            s = std::array::from_fn(|i| next[i] + bd[i] * u);
        }
        assert!(
            s.iter().all(|v| v.abs() < 1e-6),
            "state did not decay: {s:?}"
        );
    }
}
