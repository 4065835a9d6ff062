//! The `helpgen` binary: parse the command line, run the command, print diagnostics, exit.

mod cli;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use helpgen::diagnostics::Diagnostics;

/// mimalloc instead of glibc's malloc: rendering and indexing allocate and free many short-lived
/// strings (a fifth of a build's instructions went to glibc's malloc and free); mimalloc does the
/// same work in about 16 % fewer instructions for the whole build (BENCHMARKS.md). Built with its
/// `no_thp` feature: mimalloc otherwise asks for transparent huge pages on its arenas, and each
/// refault of a purged 2 MiB page is zeroed by the kernel (up to a third of a build's CPU time on
/// the benchmark machine, most of it during the search index's large, short-lived allocations).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let color = match cli.color.as_str() {
        "always" => true,
        "never" => false,
        _ => std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let printer = Printer { color, quiet: cli.quiet, verbose: cli.verbose };
    match cli.command {
        cli::Command::Check(args) => run_check(&args, &Printer { verbose: true, ..printer }),
        cli::Command::New(cmd) => match helpgen::scaffold::run(&cmd.into_request()) {
            Ok(lines) => {
                if !cli.quiet {
                    for l in lines {
                        println!("{l}");
                    }
                }
                ExitCode::SUCCESS
            }
            Err(problems) => {
                printer.diagnostics(&problems);
                ExitCode::FAILURE
            }
        },
        cli::Command::Serve(args) => {
            let opts = helpgen::serve::ServeOptions { root: args.root, bind: args.bind, port: args.port };
            let quiet = cli.quiet;
            let result = helpgen::serve::serve(&opts, &|msg: &str| {
                if !quiet {
                    eprintln!("{msg}");
                }
            });
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        cli::Command::Build(args) => {
            let mut opts = args.options();
            // a bar on a terminal for long builds; indicatif draws nothing when stderr is not one
            let bar = indicatif::ProgressBar::hidden();
            if !cli.quiet && std::io::stderr().is_terminal() {
                let shown = bar.clone();
                opts.progress =
                    Some(helpgen::Progress(std::sync::Arc::new(move |stage: &str, done: usize, total: usize| {
                        if total < 200 {
                            return;
                        }
                        if shown.is_hidden() {
                            shown.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                            shown.set_length(total as u64);
                            shown.set_style(
                                indicatif::ProgressStyle::with_template("{msg:>8} [{bar:40}] {pos}/{len} pages")
                                    .expect("template")
                                    .progress_chars("=> "),
                            );
                            shown.set_message(stage.to_string());
                        }
                        shown.set_position(done as u64);
                    })));
            }
            let result = helpgen::build(&opts);
            bar.finish_and_clear();
            match result {
                Ok(report) => {
                    printer.build_warnings(&report.warnings);
                    if !cli.quiet {
                        println!("{}", report.summary(&opts.root));
                    }
                    if cli.verbose {
                        let stages: Vec<String> =
                            report.stages.iter().map(|(n, d)| format!("{n} {:.2} s", d.as_secs_f64())).collect();
                        println!("Stages: {}", stages.join(", "));
                    }
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    printer.failure(&problems);
                    ExitCode::FAILURE
                }
            }
        }
    }
}

fn run_check(args: &cli::CheckArgs, printer: &Printer) -> ExitCode {
    if let Some(page) = &args.mark_translated {
        return match helpgen::check::mark_translated(&args.root, page) {
            Ok(msg) => {
                println!("{msg}");
                ExitCode::SUCCESS
            }
            Err(d) => {
                printer.diagnostics(&d);
                ExitCode::FAILURE
            }
        };
    }
    match helpgen::check::check(&args.root, args.external) {
        Ok(mut report) => {
            if args.strict || args.complete {
                helpgen::check::apply_strict(&mut report, args.complete);
            }
            if args.format == "json" {
                println!("{}", serde_json::to_string_pretty(&report).expect("json"));
            } else if args.format == "html" {
                print!("{}", helpgen::dashboard::html(&report.site_title, &report.default_language, &report.languages));
            } else {
                printer.diagnostics(&Diagnostics(report.diagnostics.clone()));
                print!("{}", report.table());
                println!("{}", report.closing_line());
            }
            if report.errors() > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
        }
        Err(d) => {
            printer.diagnostics(&d);
            let n = d.errors().count();
            eprintln!("failed: {n} error{} in the project's files; nothing was checked beyond them", plural(n));
            ExitCode::FAILURE
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The one place that prints diagnostics.
struct Printer {
    color: bool,
    quiet: bool,
    verbose: bool,
}

impl Printer {
    fn diagnostics(&self, d: &Diagnostics) {
        for diag in &d.0 {
            if diag.is_error() || (!self.quiet && (self.verbose || d.0.len() <= 20)) {
                eprint!("{}", diag.render(self.color));
            }
        }
        if !self.quiet && !self.verbose && d.0.len() > 20 {
            eprintln!("{} warnings (run with -v to see them all)", d.0.len());
        }
    }

    /// A build's warnings, one line each (`warning: file:line:col: message (hint)`), in full with -v.
    fn build_warnings(&self, d: &Diagnostics) {
        if self.quiet || d.is_empty() {
            return;
        }
        if self.verbose {
            return self.diagnostics(d);
        }
        const SHOWN: usize = 50;
        let (on, off) = if self.color { ("\x1b[1;33m", "\x1b[0m") } else { ("", "") };
        for diag in d.0.iter().take(SHOWN) {
            eprintln!("{on}warning{off}: {diag}");
        }
        if d.0.len() > SHOWN {
            eprintln!("... and {} more warnings (run with -v, or `helpgen check`, to see them all)", d.0.len() - SHOWN);
        }
    }

    fn failure(&self, d: &Diagnostics) {
        self.diagnostics(d);
        let n = d.errors().count();
        eprintln!("failed: {n} error{}; the previous output was left untouched", plural(n));
    }
}
