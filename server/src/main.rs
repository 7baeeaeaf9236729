//! `pecd`: parse the command line and run it.

use clap::Parser;

// glibc's allocator cost an eighth of the CPU of a GetMailbox (tonic, prost and SeaORM
// allocate per call); mimalloc is markedly cheaper for this pattern.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = pecd::cli::Cli::parse();
    match pecd::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("pecd: {err:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
