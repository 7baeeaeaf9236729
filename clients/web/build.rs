//! Compiles the client side of the pec.v1 services this front end calls, from the repository's
//! `proto/` (the one contract, not a copy), with the protoc of `protoc-bin-vendored` as the
//! server does.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let files = [
        "pec/v1/resources.proto",
        "pec/v1/password_service.proto",
        "pec/v1/contact_change_service.proto",
        "pec/v1/review_service.proto",
    ];
    for file in &files {
        println!("cargo:rerun-if-changed=../../proto/{file}");
    }
    let mut config = tonic_prost_build::Config::new();
    config.protoc_executable(protoc_bin_vendored::protoc_bin_path()?);
    let wkt = protoc_bin_vendored::include_path()?;
    let wkt = wkt.to_str().ok_or("non-UTF-8 include path")?;
    tonic_prost_build::configure()
        .build_server(false)
        .compile_with_config(config, &files, &["../../proto", wkt])?;
    Ok(())
}
