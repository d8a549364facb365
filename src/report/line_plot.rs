//! Line plots as standalone SVG (return against steps for the pipeline's report): axes with
//! round tick values, one coloured polyline per series, a legend. SVG keeps text crisp with no
//! font files and renders in browsers and in markdown viewers.

use std::fmt::Write;

/// One named curve; points are drawn in the given order.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub points: Vec<(f64, f64)>,
}

/// A plot of several series over shared axes.
#[derive(Clone, Debug, PartialEq)]
pub struct LinePlot {
    pub title: String,
    pub x_label: String,
    pub y_label: String,
    pub series: Vec<Series>,
}

/// Canvas size and the plot area's margins, in SVG pixels.
pub const WIDTH: f64 = 640.0;
pub const HEIGHT: f64 = 400.0;
pub const MARGIN_LEFT: f64 = 70.0;
pub const MARGIN_RIGHT: f64 = 150.0;
pub const MARGIN_TOP: f64 = 40.0;
pub const MARGIN_BOTTOM: f64 = 50.0;

/// Colour-blind-safe line colours (Okabe-Ito), used in series order.
const COLOURS: [&str; 7] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
];

/// Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten, about
/// `target` of them. The first tick is <= lo and the last >= hi.
pub fn nice_ticks(lo: f64, hi: f64, target: usize) -> Vec<f64> {
    let (lo, hi) = if hi > lo {
        (lo, hi)
    } else {
        (lo - 0.5, lo + 0.5)
    };
    let raw = (hi - lo) / target.max(1) as f64;
    let power = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * power);
    let first = (lo / step).floor() as i64;
    let last = (hi / step).ceil() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A tick label without float noise (`0.30000000000000004` -> `0.3`, `2000` -> `2000`).
fn tick_label(value: f64) -> String {
    let rounded = (value * 1e6).round() / 1e6;
    if rounded == rounded.trunc() && rounded.abs() < 1e15 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded}")
    }
}

/// Maps data coordinates to the plot area.
#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub x: (f64, f64),
    pub y: (f64, f64),
}

impl Frame {
    pub fn px(&self, x: f64) -> f64 {
        MARGIN_LEFT + (x - self.x.0) / (self.x.1 - self.x.0) * (WIDTH - MARGIN_LEFT - MARGIN_RIGHT)
    }

    pub fn py(&self, y: f64) -> f64 {
        HEIGHT
            - MARGIN_BOTTOM
            - (y - self.y.0) / (self.y.1 - self.y.0) * (HEIGHT - MARGIN_TOP - MARGIN_BOTTOM)
    }
}

impl LinePlot {
    /// The data ranges, widened to the outer ticks (`None` when there are no finite points).
    pub fn frame(&self) -> Option<(Frame, Vec<f64>, Vec<f64>)> {
        let points = self.series.iter().flat_map(|s| &s.points);
        let finite: Vec<&(f64, f64)> = points
            .filter(|(x, y)| x.is_finite() && y.is_finite())
            .collect();
        if finite.is_empty() {
            return None;
        }
        let range = |f: fn(&(f64, f64)) -> f64| {
            finite
                .iter()
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), p| {
                    (lo.min(f(p)), hi.max(f(p)))
                })
        };
        let (x_ticks, y_ticks) = {
            let (x0, x1) = range(|p| p.0);
            let (y0, y1) = range(|p| p.1);
            (nice_ticks(x0, x1, 6), nice_ticks(y0, y1, 5))
        };
        let frame = Frame {
            x: (x_ticks[0], *x_ticks.last().expect("ticks")),
            y: (y_ticks[0], *y_ticks.last().expect("ticks")),
        };
        Some((frame, x_ticks, y_ticks))
    }

    /// The plot as an SVG document.
    pub fn to_svg(&self) -> String {
        let mut svg = String::new();
        let _ = writeln!(
            svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">"#
        );
        let _ = writeln!(svg, r#"<rect width="100%" height="100%" fill="white"/>"#);
        let _ = writeln!(
            svg,
            r#"<text x="{}" y="24" text-anchor="middle" font-size="15">{}</text>"#,
            (MARGIN_LEFT + WIDTH - MARGIN_RIGHT) / 2.0,
            escape(&self.title)
        );
        let Some((frame, x_ticks, y_ticks)) = self.frame() else {
            let _ = writeln!(
                svg,
                r#"<text x="{}" y="{}" text-anchor="middle">no data</text>"#,
                WIDTH / 2.0,
                HEIGHT / 2.0
            );
            svg.push_str("</svg>\n");
            return svg;
        };
        let (left, right) = (MARGIN_LEFT, WIDTH - MARGIN_RIGHT);
        let (top, bottom) = (MARGIN_TOP, HEIGHT - MARGIN_BOTTOM);
        for &x in &x_ticks {
            let px = frame.px(x);
            let _ = writeln!(
                svg,
                r##"<line x1="{px:.2}" y1="{top}" x2="{px:.2}" y2="{bottom}" stroke="#e5e5e5"/>"##
            );
            let _ = writeln!(
                svg,
                r#"<text x="{px:.2}" y="{}" text-anchor="middle">{}</text>"#,
                bottom + 16.0,
                tick_label(x)
            );
        }
        for &y in &y_ticks {
            let py = frame.py(y);
            let _ = writeln!(
                svg,
                r##"<line x1="{left}" y1="{py:.2}" x2="{right}" y2="{py:.2}" stroke="#e5e5e5"/>"##
            );
            let _ = writeln!(
                svg,
                r#"<text x="{}" y="{:.2}" text-anchor="end">{}</text>"#,
                left - 6.0,
                py + 4.0,
                tick_label(y)
            );
        }
        let _ = writeln!(
            svg,
            r#"<rect x="{left}" y="{top}" width="{}" height="{}" fill="none" stroke="black"/>"#,
            right - left,
            bottom - top
        );
        let _ = writeln!(
            svg,
            r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
            (left + right) / 2.0,
            HEIGHT - 10.0,
            escape(&self.x_label)
        );
        let _ = writeln!(
            svg,
            r#"<text x="16" y="{0}" text-anchor="middle" transform="rotate(-90 16 {0})">{1}</text>"#,
            (top + bottom) / 2.0,
            escape(&self.y_label)
        );
        for (k, series) in self.series.iter().enumerate() {
            let colour = COLOURS[k % COLOURS.len()];
            let points: Vec<String> = series
                .points
                .iter()
                .filter(|(x, y)| x.is_finite() && y.is_finite())
                .map(|&(x, y)| format!("{:.2},{:.2}", frame.px(x), frame.py(y)))
                .collect();
            if points.len() == 1 {
                let (cx, cy) = points[0].split_once(',').expect("x,y");
                let _ = writeln!(
                    svg,
                    r#"<circle cx="{cx}" cy="{cy}" r="3" fill="{colour}"/>"#
                );
            } else {
                let _ = writeln!(
                    svg,
                    r#"<polyline fill="none" stroke="{colour}" stroke-width="2" points="{}"/>"#,
                    points.join(" ")
                );
            }
            let ly = top + 12.0 + 20.0 * k as f64;
            let _ = writeln!(
                svg,
                r#"<line x1="{}" y1="{ly}" x2="{}" y2="{ly}" stroke="{colour}" stroke-width="3"/>"#,
                right + 12.0,
                right + 32.0
            );
            let _ = writeln!(
                svg,
                r#"<text x="{}" y="{}">{}</text>"#,
                right + 38.0,
                ly + 4.0,
                escape(&series.label)
            );
        }
        svg.push_str("</svg>\n");
        svg
    }
}
