//! A small rasterizer for the built-in tasks: filled circles, capsules (thick line segments),
//! axis-aligned rectangles, gradients and checkerboards on an RGB uint8 canvas.
//!
//! Anti-aliasing: each shape is a signed distance function `d(p)` in pixel units (negative
//! inside); a pixel centre at distance `d` is covered by `clamp(0.5 - d, 0, 1)`, the coverage of
//! a one-pixel box filter across a straight edge. Pixels whose centre is at least half a pixel
//! inside a shape get exactly the shape's colour, which the pixel tests rely on.
//!
//! Coordinates: `(col, row)` in pixels with (0, 0) the top-left corner of the top-left pixel,
//! so the centre of pixel `(row r, col c)` is `(c + 0.5, r + 0.5)`. `Viewport` maps world
//! coordinates (x right, y up) to these.

/// An RGB colour.
pub type Color = [u8; 3];

/// Maps world coordinates (x right, y up) to pixel coordinates (col right, row down).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Pixel coordinates of the world origin.
    pub origin_col: f32,
    pub origin_row: f32,
    /// Pixels per world unit.
    pub scale: f32,
}

impl Viewport {
    /// A square world region `[-half_width, half_width]^2` filling a `size` x `size` image.
    pub fn centered(half_width: f32, size: usize) -> Self {
        let half = size as f32 / 2.0;
        Self {
            origin_col: half,
            origin_row: half,
            scale: half / half_width,
        }
    }

    /// Continuous pixel coordinates `(col, row)` of world point `(x, y)`.
    pub fn to_pixel(&self, x: f32, y: f32) -> (f32, f32) {
        (
            self.origin_col + x * self.scale,
            self.origin_row - y * self.scale,
        )
    }

    /// The `(row, col)` of the pixel containing world point `(x, y)`, if inside the image.
    pub fn pixel_of(&self, x: f32, y: f32, width: usize, height: usize) -> Option<(usize, usize)> {
        let (col, row) = self.to_pixel(x, y);
        let inside = col >= 0.0 && row >= 0.0 && col < width as f32 && row < height as f32;
        inside.then_some((row as usize, col as usize))
    }

    /// A world length in pixels.
    pub fn length(&self, world: f32) -> f32 {
        world * self.scale
    }
}

/// An RGB uint8 image, row-major `[height, width, 3]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Canvas {
    width: usize,
    height: usize,
    data: Vec<u8>,
}

impl Canvas {
    pub fn new(width: usize, height: usize, fill: Color) -> Self {
        let data = fill
            .iter()
            .copied()
            .cycle()
            .take(width * height * 3)
            .collect();
        Self {
            width,
            height,
            data,
        }
    }

    pub fn width(&self) -> usize {
        self.width
    }

    pub fn height(&self) -> usize {
        self.height
    }

    /// The raw bytes, row-major `[height, width, 3]`.
    pub fn data(&self) -> &[u8] {
        &self.data
    }

    pub fn into_data(self) -> Vec<u8> {
        self.data
    }

    /// Overwrites this canvas with `other` (same size), e.g. a pre-rendered background.
    pub fn copy_from(&mut self, other: &Canvas) {
        self.data.copy_from_slice(&other.data);
    }

    pub fn pixel(&self, row: usize, col: usize) -> Color {
        let i = (row * self.width + col) * 3;
        [self.data[i], self.data[i + 1], self.data[i + 2]]
    }

    pub fn set_pixel(&mut self, row: usize, col: usize, color: Color) {
        let i = (row * self.width + col) * 3;
        self.data[i..i + 3].copy_from_slice(&color);
    }

    /// Mixes `color` into a pixel with weight `alpha` in [0, 1].
    fn blend(&mut self, row: usize, col: usize, color: Color, alpha: f32) {
        let i = (row * self.width + col) * 3;
        for (dst, &src) in self.data[i..i + 3].iter_mut().zip(color.iter()) {
            let mixed = *dst as f32 + (src as f32 - *dst as f32) * alpha;
            *dst = mixed.round() as u8;
        }
    }

    /// Fills a shape given by its signed distance in pixels, evaluated at pixel centres inside
    /// the bounding box `[col0, col1] x [row0, row1]` (pixel coordinates, clipped to the image).
    fn fill_sdf(&mut self, bbox: [f32; 4], color: Color, sdf: impl Fn(f32, f32) -> f32) {
        let [col0, row0, col1, row1] = bbox;
        let clip = |v: f32, n: usize| v.floor().clamp(0.0, n as f32) as usize;
        let (c0, c1) = (clip(col0 - 1.0, self.width), clip(col1 + 2.0, self.width));
        let (r0, r1) = (clip(row0 - 1.0, self.height), clip(row1 + 2.0, self.height));
        for row in r0..r1 {
            for col in c0..c1 {
                let alpha = (0.5 - sdf(col as f32 + 0.5, row as f32 + 0.5)).clamp(0.0, 1.0);
                if alpha >= 1.0 {
                    self.set_pixel(row, col, color);
                } else if alpha > 0.0 {
                    self.blend(row, col, color, alpha);
                }
            }
        }
    }

    /// A filled circle; centre and radius in pixels.
    pub fn circle(&mut self, center: (f32, f32), radius: f32, color: Color) {
        let (cx, cy) = center;
        let bbox = [cx - radius, cy - radius, cx + radius, cy + radius];
        self.fill_sdf(bbox, color, |x, y| {
            ((x - cx).powi(2) + (y - cy).powi(2)).sqrt() - radius
        });
    }

    /// A capsule: all points within `radius` of the segment `a`-`b` (pixels).
    pub fn capsule(&mut self, a: (f32, f32), b: (f32, f32), radius: f32, color: Color) {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len2 = (dx * dx + dy * dy).max(1e-12);
        let bbox = [
            a.0.min(b.0) - radius,
            a.1.min(b.1) - radius,
            a.0.max(b.0) + radius,
            a.1.max(b.1) + radius,
        ];
        self.fill_sdf(bbox, color, |x, y| {
            // Distance to the closest point of the segment, parameter t clamped to [0, 1].
            let t = (((x - a.0) * dx + (y - a.1) * dy) / len2).clamp(0.0, 1.0);
            ((x - a.0 - t * dx).powi(2) + (y - a.1 - t * dy).powi(2)).sqrt() - radius
        });
    }

    /// An axis-aligned filled rectangle with corners `(col0, row0)` and `(col1, row1)` (pixels).
    pub fn rect(&mut self, top_left: (f32, f32), bottom_right: (f32, f32), color: Color) {
        let (cx, cy) = (
            (top_left.0 + bottom_right.0) / 2.0,
            (top_left.1 + bottom_right.1) / 2.0,
        );
        let (hw, hh) = (
            (bottom_right.0 - top_left.0) / 2.0,
            (bottom_right.1 - top_left.1) / 2.0,
        );
        let bbox = [top_left.0, top_left.1, bottom_right.0, bottom_right.1];
        self.fill_sdf(bbox, color, |x, y| {
            // Box SDF: outside distance from the corner region, inside the larger (negative) axis.
            let qx = (x - cx).abs() - hw;
            let qy = (y - cy).abs() - hh;
            let outside = (qx.max(0.0).powi(2) + qy.max(0.0).powi(2)).sqrt();
            outside + qx.max(qy).min(0.0)
        });
    }

    /// Rows `row0..row1` blended from `top` to `bottom` colour (a sky).
    pub fn vertical_gradient(&mut self, row0: usize, row1: usize, top: Color, bottom: Color) {
        let span = (row1.saturating_sub(row0)).max(1) as f32;
        for row in row0..row1.min(self.height) {
            let t = (row - row0) as f32 / span;
            let color: Color = std::array::from_fn(|k| {
                (top[k] as f32 + (bottom[k] as f32 - top[k] as f32) * t).round() as u8
            });
            for col in 0..self.width {
                self.set_pixel(row, col, color);
            }
        }
    }

    /// Rows `row0..row1` tiled with `cell`-pixel squares alternating between two colours.
    pub fn checkerboard(&mut self, row0: usize, row1: usize, cell: usize, colors: [Color; 2]) {
        for row in row0..row1.min(self.height) {
            for col in 0..self.width {
                self.set_pixel(row, col, colors[(row / cell + col / cell) % 2]);
            }
        }
    }
}

/// Floor tiles of the top-down scenes (DMC's blue grid).
pub const FLOOR_COLORS: [Color; 2] = [[38, 60, 96], [48, 75, 118]];
pub const WALL_COLOR: Color = [120, 150, 180];

/// A top-down scene: a tiled floor and walls outside `[-half_width, half_width]^2` (world).
pub fn walled_arena(canvas: &mut Canvas, view: &Viewport, half_width: f32) {
    let size = canvas.height();
    canvas.checkerboard(0, size, 8, FLOOR_COLORS);
    let (inner0, inner1) = (
        view.to_pixel(-half_width, 0.0).0,
        view.to_pixel(half_width, 0.0).0,
    );
    let full = size as f32;
    canvas.rect((0.0, 0.0), (full, inner0), WALL_COLOR);
    canvas.rect((0.0, inner1), (full, full), WALL_COLOR);
    canvas.rect((0.0, 0.0), (inner0, full), WALL_COLOR);
    canvas.rect((inner1, 0.0), (full, full), WALL_COLOR);
}

#[cfg(test)]
mod tests {
    use super::*;

    const BLACK: Color = [0, 0, 0];
    const WHITE: Color = [255, 255, 255];

    #[test]
    fn circle_covers_its_disk_and_antialiases_the_edge() {
        let mut canvas = Canvas::new(16, 16, BLACK);
        canvas.circle((8.0, 8.0), 4.0, WHITE);
        assert_eq!(canvas.pixel(8, 8), WHITE);
        assert_eq!(canvas.pixel(8, 5), WHITE); // centre (5.5, 8.5) is 2.55 px away
        assert_eq!(canvas.pixel(0, 0), BLACK);
        // Pixel (8, 11): centre (11.5, 8.5) is 3.54 px from (8, 8): inside by 0.46 -> 96%.
        let edge = canvas.pixel(8, 11)[0];
        assert!((240..255).contains(&edge), "edge value {edge}");
        // Covered area approximates pi r^2 = 50.3 pixels.
        let area: f32 = canvas
            .data()
            .iter()
            .step_by(3)
            .map(|&v| v as f32 / 255.0)
            .sum();
        assert!((area - 50.27).abs() < 1.5, "area {area}");
    }

    #[test]
    fn capsule_and_rect_cover_their_interiors() {
        let mut canvas = Canvas::new(20, 20, BLACK);
        canvas.capsule((2.0, 2.0), (18.0, 18.0), 1.5, WHITE);
        assert_eq!(canvas.pixel(9, 9), WHITE);
        assert_eq!(canvas.pixel(2, 17), BLACK);
        let mut canvas = Canvas::new(20, 20, BLACK);
        canvas.rect((4.0, 6.0), (10.0, 8.0), WHITE);
        assert_eq!(canvas.pixel(6, 4), WHITE);
        assert_eq!(canvas.pixel(7, 9), WHITE);
        assert_eq!(canvas.pixel(8, 5), BLACK);
        assert_eq!(canvas.pixel(6, 10), BLACK);
        let area: usize = canvas.data().iter().step_by(3).filter(|&&v| v > 0).count();
        assert_eq!(area, 12);
    }

    #[test]
    fn viewport_maps_world_y_up_to_rows_down() {
        let view = Viewport::centered(1.0, 64);
        assert_eq!(view.to_pixel(0.0, 0.0), (32.0, 32.0));
        assert_eq!(view.to_pixel(1.0, 1.0), (64.0, 0.0));
        assert_eq!(view.pixel_of(-0.99, -0.99, 64, 64), Some((63, 0)));
        assert_eq!(view.pixel_of(1.5, 0.0, 64, 64), None);
    }
}
