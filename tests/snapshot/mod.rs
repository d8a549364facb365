//! Snapshot files of lowered programs under tests/snapshots/: a test fails when the lowering
//! of a program changes; `UPDATE_SNAPSHOTS=1` rewrites them for review in the diff.

use std::path::Path;

/// Compares `actual` with `tests/snapshots/<name>.mlir` (or rewrites it under UPDATE_SNAPSHOTS).
pub fn check_snapshot(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.mlir"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "snapshot {} differs from the lowering (rerun with UPDATE_SNAPSHOTS=1 and review the diff)\n--- actual ---\n{actual}",
        path.display()
    );
}
