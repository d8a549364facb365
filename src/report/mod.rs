//! Run reports: what `viper pipeline` writes at the end of a run, as files a researcher opens
//! directly (markdown and SVG plots).

pub mod line_plot;
pub mod pipeline;

pub use line_plot::{nice_ticks, LinePlot, Series};
