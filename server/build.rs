//! Compiles `proto/pec/v1/*.proto` with the protoc shipped by `protoc-bin-vendored`, so a fresh
//! machine needs no protoc, and writes the descriptor set that server reflection serves.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let files = [
        "pec/v1/resources.proto",
        "pec/v1/registry_service.proto",
        "pec/v1/activation_service.proto",
        "pec/v1/mailbox_service.proto",
        "pec/v1/notification_service.proto",
        "pec/v1/password_service.proto",
        "pec/v1/contact_change_service.proto",
        "pec/v1/review_service.proto",
        "pec/v1/ini_pec_service.proto",
        "pec/v1/audit_service.proto",
        "pec/v1/event_service.proto",
    ];
    for file in &files {
        println!("cargo:rerun-if-changed=../proto/{file}");
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR")?);

    let mut config = tonic_prost_build::Config::new();
    config.protoc_executable(protoc_bin_vendored::protoc_bin_path()?);
    let wkt = protoc_bin_vendored::include_path()?;
    let wkt = wkt.to_str().ok_or("non-UTF-8 include path")?;
    let includes = ["../proto", wkt];
    tonic_prost_build::configure()
        .file_descriptor_set_path(out_dir.join("pec_v1_descriptor.bin"))
        .compile_with_config(config, &files, &includes)?;
    Ok(())
}
