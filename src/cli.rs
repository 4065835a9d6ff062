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
    /// Report broken links and anchors, missing and outdated translations, and Fluent gaps.
    Check(CheckArgs),
    /// Create a site, a page or a language.
    #[command(subcommand)]
    New(NewCommand),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The project folder (where helpgen.toml is).
    #[arg(long, short = 'r', default_value = ".")]
    pub root: PathBuf,
    /// Output format: `html` is the translation dashboard page.
    #[arg(long, default_value = "text", value_parser = ["text", "json", "html"])]
    pub format: String,
    /// Treat warnings (outdated translations, Fluent mistakes, unused UI strings) as errors.
    #[arg(long)]
    pub strict: bool,
    /// Treat notes too (pages and UI strings not translated yet) as errors: every language complete.
    #[arg(long)]
    pub complete: bool,
    /// Also check external http(s) links over the network (needs curl).
    #[arg(long)]
    pub external: bool,
    /// Record that this translation (e.g. content/sv/faq/questions.md) follows the current source.
    #[arg(long, value_name = "PAGE")]
    pub mark_translated: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum NewCommand {
    /// Scaffold a working project in DIR (config, one language, a guide, an FAQ, locales, theme).
    Site {
        dir: PathBuf,
        /// The first language.
        #[arg(long, default_value = "en")]
        language: String,
    },
    /// Write content/<lang>/<section>/<slug>.md with front matter and a skeleton for its kind.
    Page {
        /// <lang>/<section>/<slug>, e.g. sv/complaints/refunds
        path: String,
        #[arg(long, default_value = "article", value_parser = ["article", "guide", "faq"])]
        kind: String,
        /// Start from this page of another language (<lang>/<section>/<slug>) and record its version.
        #[arg(long, value_name = "SOURCE")]
        from: Option<String>,
        #[arg(long, short = 'r', default_value = ".")]
        root: PathBuf,
    },
    /// Add a language: its content folder and UI strings seeded from the default language.
    Language {
        tag: String,
        #[arg(long, short = 'r', default_value = ".")]
        root: PathBuf,
    },
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
    /// Fail on warnings (broken links, anchors, missing local files) and leave the previous output.
    #[arg(long)]
    pub strict: bool,
}

impl BuildArgs {
    pub fn options(&self) -> helpgen::BuildOptions {
        helpgen::BuildOptions {
            root: self.root.clone(),
            output: self.output.clone(),
            base_url: self.base_url.clone(),
            include_drafts: self.drafts,
            live_reload: false,
            strict: self.strict,
            progress: None,
        }
    }
}

impl NewCommand {
    pub fn into_request(self) -> helpgen::scaffold::NewRequest {
        use helpgen::scaffold::NewRequest;
        match self {
            NewCommand::Site { dir, language } => NewRequest::Site { dir, language },
            NewCommand::Page { path, kind, from, root } => NewRequest::Page { root, path, kind, from },
            NewCommand::Language { tag, root } => NewRequest::Language { root, tag },
        }
    }
}
