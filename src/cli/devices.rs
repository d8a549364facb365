//! `viper devices`: which PJRT plugin viper would use and the devices it sees.

use std::path::Path;

use crate::runtime::{Client, ClientOptions};

/// Prints the platform, plugin path, PJRT C API version and every addressable device.
pub fn run(plugin: Option<&Path>) -> anyhow::Result<()> {
    let client = Client::new(plugin)?;
    let (major, minor) = client.api_version();
    println!("platform:    {}", client.platform_name());
    println!("plugin:      {}", client.plugin_path().display());
    println!("api version: {major}.{minor}");
    println!("options:     {}", describe_options(&client.options()));
    let devices = client.devices();
    println!("devices:     {}", devices.len());
    for d in devices {
        println!("  [{}] id {} kind {}", d.index, d.id, d.kind);
    }
    Ok(())
}

/// The client create options as `name=value` pairs, or `plugin defaults` when none were sent.
fn describe_options(options: &ClientOptions) -> String {
    let mut sent = Vec::new();
    if let Some(asynchronous) = options.asynchronous {
        sent.push(format!("asynchronous={asynchronous}"));
    }
    if let Some(count) = options.cpu_device_count {
        sent.push(format!("cpu_device_count={count}"));
    }
    if sent.is_empty() {
        "plugin defaults".to_string()
    } else {
        sent.join(", ")
    }
}
