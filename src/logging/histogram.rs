//! Histograms with TensorBoard's default exponential buckets: right edges at ±1e-12·1.1^k up
//! to 1e20 (then ±f64::MAX), mirrored around a bucket ending at 0. A value v falls in the first
//! bucket whose right edge is greater than v. Runs of empty buckets are merged into one entry
//! (ending at the run's last edge), as TensorFlow does, so the proto stays small.

use std::sync::OnceLock;

/// A `HistogramProto`'s fields.
#[derive(Clone, Debug, PartialEq)]
pub struct Histogram {
    pub min: f64,
    pub max: f64,
    pub num: f64,
    pub sum: f64,
    pub sum_squares: f64,
    /// Right edge of each bucket, increasing.
    pub bucket_limits: Vec<f64>,
    /// Count of values in each bucket.
    pub bucket_counts: Vec<f64>,
}

/// The default right edges (about 1550 of them), computed once.
pub fn default_bucket_limits() -> &'static [f64] {
    static LIMITS: OnceLock<Vec<f64>> = OnceLock::new();
    LIMITS.get_or_init(|| {
        let mut positive = Vec::new();
        let mut edge = 1e-12;
        while edge < 1e20 {
            positive.push(edge);
            edge *= 1.1;
        }
        positive.push(f64::MAX);
        let mut limits: Vec<f64> = positive.iter().rev().map(|x| -x).collect();
        limits.push(0.0);
        limits.extend_from_slice(&positive);
        limits
    })
}

impl Histogram {
    /// Builds the histogram of `values`, or returns the index of the first non-finite value
    /// (TensorBoard cannot bucket NaN or infinities).
    pub fn from_values(values: &[f64]) -> Result<Self, usize> {
        if let Some(bad) = values.iter().position(|v| !v.is_finite()) {
            return Err(bad);
        }
        let limits = default_bucket_limits();
        let mut counts = vec![0.0f64; limits.len()];
        for &v in values {
            // First edge strictly greater than v; f64::MAX bounds every finite v.
            let bucket = limits
                .partition_point(|&edge| edge <= v)
                .min(limits.len() - 1);
            counts[bucket] += 1.0;
        }
        let (bucket_limits, bucket_counts) = merge_empty_runs(limits, &counts);
        let (min, max) = if values.is_empty() {
            (0.0, 0.0)
        } else {
            values
                .iter()
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
                    (lo.min(v), hi.max(v))
                })
        };
        Ok(Histogram {
            min,
            max,
            num: values.len() as f64,
            sum: values.iter().sum(),
            sum_squares: values.iter().map(|v| v * v).sum(),
            bucket_limits,
            bucket_counts,
        })
    }
}

/// Collapses each run of consecutive empty buckets into one empty bucket ending at the run's end.
fn merge_empty_runs(limits: &[f64], counts: &[f64]) -> (Vec<f64>, Vec<f64>) {
    let mut merged_limits = Vec::new();
    let mut merged_counts = Vec::new();
    for (i, (&limit, &count)) in limits.iter().zip(counts).enumerate() {
        let previous_empty = i > 0 && counts[i - 1] == 0.0;
        if count == 0.0 && previous_empty {
            *merged_limits.last_mut().expect("a previous bucket") = limit;
        } else {
            merged_limits.push(limit);
            merged_counts.push(count);
        }
    }
    (merged_limits, merged_counts)
}
