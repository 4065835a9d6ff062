//! The search index builder alone: loads and renders a project in memory, then times
//! `search::build_language` for each language (the minimum of N runs, no synonyms), so that a change
//! to the builder can be measured without the rest of a build around it.
//!
//!     cargo run --release --example indexbench -- /dev/shm/helpgen-bench/n2000/helpgen 8 [zh-Hant]
//!
//! (a third argument picks one language.)
//! (`scripts/bench --generate-only` writes that corpus.) Run two builds of it in turn, several
//! times: on a shared machine single figures move by 10-20 %.
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(root) = args.next() else {
        eprintln!("usage: indexbench <project folder> [runs, default 5] [language]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(5).max(1);
    let only = args.next();
    let opts = helpgen::BuildOptions::new(&root);
    let project = match helpgen::load_project(&opts) {
        Ok(p) => p,
        Err(d) => {
            eprintln!("{d:?}");
            std::process::exit(1);
        }
    };
    let pages = match helpgen::render_pages(&project, false, None, None) {
        Ok(p) => p,
        Err(d) => {
            eprintln!("{d:?}");
            std::process::exit(1);
        }
    };
    let mut total = 0.0;
    for l in project.site.languages.iter().filter(|l| only.as_ref().is_none_or(|o| *o == l.tag)) {
        let entries = helpgen::search::entries(&project.site, &project.content, &pages, &l.tag);
        let mut best = f64::MAX;
        for _ in 0..runs {
            let t = Instant::now();
            std::hint::black_box(helpgen::search::build_language(&l.tag, &l.prefix, &entries, &[]));
            best = best.min(t.elapsed().as_secs_f64());
        }
        total += best;
        print!("{} {:.1} ms  ", l.tag, best * 1000.0);
    }
    println!("total {:.1} ms", total * 1000.0);
}
