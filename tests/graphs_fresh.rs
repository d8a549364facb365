//! The checked-in graphs under `graphs/` must equal a fresh export.

use std::path::Path;
use viper::named_graphs::stale_graphs;

#[test]
fn checked_in_graphs_are_fresh() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("graphs");
    let stale = stale_graphs(&dir).expect("every named graph lowers");
    assert!(
        stale.is_empty(),
        "graphs/ is stale for {stale:?}: the program changed; run `cargo run -- graphs export` \
         and review the diff"
    );
}
