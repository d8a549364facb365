//! A dense row-major f64 array with index helpers, and a tiny seeded generator for test data.

/// A dense row-major array of f64 values.
#[derive(Clone, Debug, PartialEq)]
pub struct Array {
    pub dims: Vec<usize>,
    pub data: Vec<f64>,
}

impl Array {
    pub fn new(dims: &[usize], data: Vec<f64>) -> Self {
        assert_eq!(
            dims.iter().product::<usize>(),
            data.len(),
            "array of shape {dims:?} needs {} values",
            dims.iter().product::<usize>()
        );
        Self {
            dims: dims.to_vec(),
            data,
        }
    }

    pub fn zeros(dims: &[usize]) -> Self {
        Self::new(dims, vec![0.0; dims.iter().product()])
    }

    pub fn filled(dims: &[usize], value: f64) -> Self {
        Self::new(dims, vec![value; dims.iter().product()])
    }

    /// Values drawn uniformly from [-1, 1) by a seeded generator.
    pub fn random(dims: &[usize], rng: &mut viper::rng::Rng) -> Self {
        let n = dims.iter().product();
        Self::new(dims, (0..n).map(|_| rng.uniform() * 2.0 - 1.0).collect())
    }

    pub fn rank(&self) -> usize {
        self.dims.len()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Row-major strides.
    pub fn strides(&self) -> Vec<usize> {
        row_major_strides(&self.dims)
    }

    /// Flat offset of a multi-index (no bounds check beyond debug asserts).
    pub fn offset(&self, index: &[usize]) -> usize {
        debug_assert_eq!(index.len(), self.dims.len());
        let mut off = 0;
        for (i, (&ix, &d)) in index.iter().zip(&self.dims).enumerate() {
            debug_assert!(
                ix < d,
                "index {index:?} out of bounds {:?} at axis {i}",
                self.dims
            );
            off = off * d + ix;
        }
        off
    }

    pub fn get(&self, index: &[usize]) -> f64 {
        self.data[self.offset(index)]
    }

    pub fn set(&mut self, index: &[usize], value: f64) {
        let off = self.offset(index);
        self.data[off] = value;
    }

    pub fn add_at(&mut self, index: &[usize], value: f64) {
        let off = self.offset(index);
        self.data[off] += value;
    }

    /// Inner product with an array of the same shape.
    pub fn dot(&self, other: &Array) -> f64 {
        assert_eq!(self.dims, other.dims, "dot of arrays of different shapes");
        self.data.iter().zip(&other.data).map(|(a, b)| a * b).sum()
    }

    /// Largest absolute elementwise difference to an array of the same shape.
    pub fn max_abs_diff(&self, other: &Array) -> f64 {
        assert_eq!(
            self.dims, other.dims,
            "comparing arrays of different shapes"
        );
        viper::testing::max_abs_diff(&self.data, &other.data)
    }
}

pub fn row_major_strides(dims: &[usize]) -> Vec<usize> {
    let mut strides = vec![1; dims.len()];
    for i in (0..dims.len().saturating_sub(1)).rev() {
        strides[i] = strides[i + 1] * dims[i + 1];
    }
    strides
}

/// Every multi-index of a shape, in row-major order.
pub fn indices(dims: &[usize]) -> impl Iterator<Item = Vec<usize>> + '_ {
    let total: usize = dims.iter().product();
    let strides = row_major_strides(dims);
    (0..total).map(move |flat| {
        dims.iter()
            .zip(&strides)
            .map(|(&d, &s)| (flat / s) % d)
            .collect()
    })
}
