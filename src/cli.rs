//! Command-line interface: clap types for every command, turned into the library's options.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "helpgen", version, about = "Build a fast, searchable, multilingual help centre from Markdown.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Only print errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print warnings in full and what each stage did.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Colour output: auto (when a terminal), always or never.
    #[arg(long, global = true, default_value = "auto", value_parser = ["auto", "always", "never"])]
    pub color: String,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder (public/ by default).
    Build(BuildArgs),
    /// Build into memory, serve on 127.0.0.1:1111, rebuild and reload on every change (drafts shown).
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The project folder (where helpgen.toml is).
    #[arg(long, short = 'r', default_value = ".")]
    pub root: PathBuf,
    /// Port to listen on (0 picks a free one).
    #[arg(long, short = 'p', default_value_t = 1111)]
    pub port: u16,
    /// Address to listen on; anything but loopback exposes the preview to your network.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The project folder (where helpgen.toml is).
    #[arg(long, short = 'r', default_value = ".")]
    pub root: PathBuf,
    /// Write the site here instead of `output_dir`.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Use this base URL instead of the config's (e.g. for a preview deployment).
    #[arg(long)]
    pub base_url: Option<String>,
    /// Include pages marked `draft = true`.
    #[arg(long)]
    pub drafts: bool,
}

impl BuildArgs {
    pub fn options(&self) -> helpgen::BuildOptions {
        helpgen::BuildOptions {
            root: self.root.clone(),
            output: self.output.clone(),
            base_url: self.base_url.clone(),
            include_drafts: self.drafts,
            live_reload: false,
        }
    }
}
