//! `viper devices`: which PJRT plugin viper would use and the devices it sees.

use std::path::Path;

use crate::runtime::Client;

/// Prints the platform, plugin path, PJRT C API version and every addressable device.
pub fn run(plugin: Option<&Path>) -> anyhow::Result<()> {
    let client = Client::new(plugin)?;
    let (major, minor) = client.api_version();
    println!("platform:    {}", client.platform_name());
    println!("plugin:      {}", client.plugin_path().display());
    println!("api version: {major}.{minor}");
    println!("options:     {:?}", client.options());
    let devices = client.devices();
    println!("devices:     {}", devices.len());
    for d in devices {
        println!("  [{}] id {} kind {}", d.index, d.id, d.kind);
    }
    Ok(())
}
