//! How the process's `malloc` treats big blocks, set once when the first client on a CPU
//! platform is created (`reuse_big_blocks`).
//!
//! Why: XLA:CPU allocates every execution's temporaries as one block with `malloc` and frees
//! it when the execution ends (42 MiB for the `cpu`-preset agent step, `preallocated-temp` in
//! its buffer assignment). glibc serves blocks above its mmap threshold (at most 32 MiB) with
//! a fresh `mmap` and unmaps them on `free`, so every call page-faults its temporaries in
//! again: ~10,000 faults and 42 MiB of zeroing per agent update, 15-20% of the process's CPU
//! time (a `perf` profile of `train-agent`: `exc_page_fault`, `clear_page_erms`,
//! `unmap_page_range`). With `M_MMAP_MAX = 0` big blocks come from the heap and, with
//! `M_TRIM_THRESHOLD` at 256 MiB, stay there for the next call; free memory beyond that at
//! the heap's top still goes back to the system. Measured on the agent step (`cargo bench
//! --bench hlo_time`, README "Agent benchmark"): 16% less CPU time per call.
//!
//! Elsewhere than glibc this does nothing.

use std::sync::Once;

/// Free heap memory glibc keeps at the heap's top before returning it to the system.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const KEEP_AT_TOP: i32 = 256 << 20;

/// Serve big blocks from the heap and keep them for reuse (module doc); once per process.
pub(crate) fn reuse_big_blocks() {
    static ONCE: Once = Once::new();
    ONCE.call_once(set_malloc_options);
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn set_malloc_options() {
    // SAFETY: `mallopt` only changes glibc's allocator parameters; it is thread-safe (it takes
    // the arena lock) and both values are in its documented ranges.
    unsafe {
        libc::mallopt(libc::M_MMAP_MAX, 0);
        libc::mallopt(libc::M_TRIM_THRESHOLD, KEEP_AT_TOP);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn set_malloc_options() {}
