//! SVG line plots: round ticks that cover the data, every point mapped to the pixel computed
//! here from the plot-area constants, labels escaped.

use viper::report::line_plot::{
    Frame, HEIGHT, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, WIDTH,
};
use viper::report::{nice_ticks, LinePlot, Series};

#[test]
fn ticks_are_round_and_cover_the_range() {
    assert_eq!(
        nice_ticks(0.0, 1000.0, 5),
        vec![0.0, 200.0, 400.0, 600.0, 800.0, 1000.0]
    );
    assert_eq!(
        nice_ticks(3.0, 9.0, 6),
        vec![3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]
    );
    // Range 1.18 over 5 ticks is 0.236 per tick; the next 1-2-5 step up is 0.5.
    let ticks = nice_ticks(-0.37, 0.81, 5);
    assert_eq!(ticks.len(), 4, "{ticks:?}");
    for (got, want) in ticks.iter().zip([-0.5, 0.0, 0.5, 1.0]) {
        assert!((got - want).abs() < 1e-12, "{ticks:?}");
    }
    // A single value still gets a non-empty range around it.
    let single = nice_ticks(5.0, 5.0, 4);
    assert!(single.first().unwrap() <= &5.0 && single.last().unwrap() >= &5.0 && single.len() >= 2);
}

fn polylines(svg: &str) -> Vec<Vec<(f64, f64)>> {
    svg.lines()
        .filter_map(|l| l.split_once("<polyline").map(|(_, rest)| rest))
        .map(|rest| {
            let points = rest
                .split("points=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            points
                .split(' ')
                .map(|p| {
                    let (x, y) = p.split_once(',').unwrap();
                    (x.parse().unwrap(), y.parse().unwrap())
                })
                .collect()
        })
        .collect()
}

#[test]
fn points_land_where_the_axes_say() {
    let plot = LinePlot {
        title: "return <VIPER & oracle>".into(),
        x_label: "env steps".into(),
        y_label: "return".into(),
        series: vec![
            Series {
                label: "viper".into(),
                points: vec![(0.0, 10.0), (500.0, 40.0), (1000.0, 90.0)],
            },
            Series {
                label: "random".into(),
                points: vec![(0.0, 5.0), (1000.0, f64::NAN), (1000.0, 6.0)],
            },
        ],
    };
    let svg = plot.to_svg();
    assert!(
        svg.contains("return &lt;VIPER &amp; oracle&gt;"),
        "title escaped"
    );
    assert!(!svg.contains("<VIPER"));
    let lines = polylines(&svg);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1].len(), 2, "the NaN point is skipped");
    // Axes: x ticks 0..1000, y ticks 0..100 (steps of 20), so the frame is [0,1000]x[0,100].
    let plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    let plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
    let expect = |x: f64, y: f64| {
        (
            MARGIN_LEFT + x / 1000.0 * plot_w,
            HEIGHT - MARGIN_BOTTOM - y / 100.0 * plot_h,
        )
    };
    for (got, (x, y)) in lines[0]
        .iter()
        .zip([(0.0, 10.0), (500.0, 40.0), (1000.0, 90.0)])
    {
        let want = expect(x, y);
        assert!(
            (got.0 - want.0).abs() < 0.01 && (got.1 - want.1).abs() < 0.01,
            "{got:?} vs {want:?}"
        );
    }
    let (frame, _, y_ticks) = plot.frame().unwrap();
    assert_eq!(y_ticks, vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
    let f = Frame {
        x: (0.0, 1000.0),
        y: (0.0, 100.0),
    };
    assert_eq!((frame.px(250.0), frame.py(25.0)), (f.px(250.0), f.py(25.0)));
    for label in ["viper", "random", "env steps"] {
        assert!(svg.contains(&format!(">{label}</text>")), "{label}");
    }
}

#[test]
fn an_empty_plot_says_so() {
    let plot = LinePlot {
        title: "t".into(),
        x_label: "x".into(),
        y_label: "y".into(),
        series: vec![],
    };
    assert!(plot.to_svg().contains(">no data</text>"));
}
