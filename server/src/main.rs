//! `pecd`: parse the command line and run it.

use clap::Parser;

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
