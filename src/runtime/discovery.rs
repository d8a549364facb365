//! Finds the PJRT plugin to load. In order:
//! 1. an explicit path (the CLI's `--plugin PATH`),
//! 2. the environment variable `VIPER_PJRT_PLUGIN`,
//! 3. the plugin cache filled by `tools/install-pjrt-plugin`:
//!    `$VIPER_PJRT_CACHE`, else `$XDG_CACHE_HOME/viper/pjrt`, else `$HOME/.cache/viper/pjrt`,
//!    holding `<package>/<library>.so`. The first installed one in the order of
//!    [`CACHED_PLUGINS`] is used: accelerators first (CUDA, then TPU), then the CPU plugins.
//!
//! Whatever is chosen is used alone: if it does not load, that is the error (naming every
//! path looked at), so a broken or mistyped plugin never silently falls back to a slower
//! backend. Pick another one with `--plugin PATH` or `VIPER_PJRT_PLUGIN`.

use std::path::{Path, PathBuf};

/// The environment variable naming a plugin file.
pub const PLUGIN_ENV: &str = "VIPER_PJRT_PLUGIN";
/// The environment variable overriding the cache directory.
pub const CACHE_ENV: &str = "VIPER_PJRT_CACHE";

/// Cached plugins, as `tools/install-pjrt-plugin` lays them out: (package, library file).
/// The order is the order of preference.
pub const CACHED_PLUGINS: [(&str, &str); 5] = [
    ("jax-cuda13-pjrt", "xla_cuda_plugin.so"),
    ("jax-cuda12-pjrt", "xla_cuda_plugin.so"),
    ("libtpu", "libtpu.so"),
    ("xla-cpu-pjrt", "xla_cpu_pjrt.so"),
    ("lammps-jax-pjrt-cpu", "pjrt_c_api_cpu_plugin.so"),
];

/// Where to look, and whether the candidates are a single user choice or the cache list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Candidates {
    /// `--plugin PATH` or `VIPER_PJRT_PLUGIN`: only this file, with where it came from.
    Chosen { path: PathBuf, source: String },
    /// Every cached plugin path, in order of preference (existing or not).
    Cache(Vec<PathBuf>),
}

/// The candidates for an explicit path (or none), reading the process environment.
pub fn candidates(explicit: Option<&Path>) -> Candidates {
    candidates_from(explicit, |key| std::env::var_os(key).map(PathBuf::from))
}

/// As [`candidates`], with the environment given as a lookup function (testable).
pub fn candidates_from(
    explicit: Option<&Path>,
    env: impl Fn(&str) -> Option<PathBuf>,
) -> Candidates {
    if let Some(path) = explicit {
        return Candidates::Chosen {
            path: path.to_path_buf(),
            source: "--plugin".into(),
        };
    }
    if let Some(path) = env(PLUGIN_ENV).filter(|p| !p.as_os_str().is_empty()) {
        return Candidates::Chosen {
            path,
            source: PLUGIN_ENV.into(),
        };
    }
    let cache = cache_dir_from(&env);
    Candidates::Cache(
        CACHED_PLUGINS
            .iter()
            .map(|(package, file)| cache.join(package).join(file))
            .collect(),
    )
}

/// The plugin cache directory (see the module doc).
pub fn cache_dir() -> PathBuf {
    cache_dir_from(&|key: &str| std::env::var_os(key).map(PathBuf::from))
}

fn cache_dir_from(env: &impl Fn(&str) -> Option<PathBuf>) -> PathBuf {
    let set = |key: &str| env(key).filter(|p| !p.as_os_str().is_empty());
    if let Some(dir) = set(CACHE_ENV) {
        return dir;
    }
    let base = set("XDG_CACHE_HOME")
        .or_else(|| set("HOME").map(|home| home.join(".cache")))
        .unwrap_or_else(|| PathBuf::from(".cache"));
    base.join("viper").join("pjrt")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<PathBuf> {
        move |key| {
            pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| PathBuf::from(v))
        }
    }

    #[test]
    fn explicit_path_wins_over_environment() {
        let c = candidates_from(
            Some(Path::new("/x/p.so")),
            env_of(&[(PLUGIN_ENV, "/env/p.so")]),
        );
        assert_eq!(
            c,
            Candidates::Chosen {
                path: "/x/p.so".into(),
                source: "--plugin".into()
            }
        );
        let c = candidates_from(None, env_of(&[(PLUGIN_ENV, "/env/p.so")]));
        assert!(matches!(c, Candidates::Chosen { path, .. } if path == Path::new("/env/p.so")));
    }

    #[test]
    fn cache_follows_viper_then_xdg_then_home() {
        let first = |c: Candidates| match c {
            Candidates::Cache(paths) => paths[3].clone(),
            other => panic!("expected the cache list, got {other:?}"),
        };
        let home = first(candidates_from(None, env_of(&[("HOME", "/h")])));
        assert_eq!(
            home,
            Path::new("/h/.cache/viper/pjrt/xla-cpu-pjrt/xla_cpu_pjrt.so")
        );
        let xdg = first(candidates_from(
            None,
            env_of(&[("HOME", "/h"), ("XDG_CACHE_HOME", "/x")]),
        ));
        assert_eq!(xdg, Path::new("/x/viper/pjrt/xla-cpu-pjrt/xla_cpu_pjrt.so"));
        let own = first(candidates_from(
            None,
            env_of(&[("XDG_CACHE_HOME", "/x"), (CACHE_ENV, "/c")]),
        ));
        assert_eq!(own, Path::new("/c/xla-cpu-pjrt/xla_cpu_pjrt.so"));
    }
}
