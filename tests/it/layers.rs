//! The crate's floors (ARCHITECTURE.md, "Layers"): a module names only modules on its own
//! floor or below. Read from the sources: every `crate::NAME` path, in `use` lines and inline,
//! and every name in a `use crate::{…}` group.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use crate::support::root;

/// The floors, lowest first. A module not listed here fails the test: a new module must
/// choose its floor.
const FLOORS: [(&str, &[&str]); 4] = [
    // Words and numbers: formatting, messages, amounts, dates, errors.
    (
        "ground",
        &[
            "money", "date", "problem", "format", "i18n", "text", "needed",
        ],
    ),
    // The region's data and what it means: files, strategy, applications, rules, scores.
    (
        "data",
        &[
            "hierarchy",
            "strategy",
            "agenda2030",
            "application",
            "deminimis",
            "municipality",
            "scenario",
            "rules",
            "score",
            "files",
            "portfolio",
            "ranking",
        ],
    ),
    // What is computed from it: the optimiser and everything that reads its results.
    (
        "engines",
        &[
            "optimise",
            "sweep",
            "compare",
            "stability",
            "bench",
            "export",
            "opendata",
            "charts",
            "import",
            "report",
        ],
    ),
    // The two ways in: command line and web.
    ("front", &["cli", "web"]),
];

fn floor_of(module: &str) -> Option<usize> {
    FLOORS.iter().position(|(_, ms)| ms.contains(&module))
}

/// The source without comments (doc comments name higher modules in links, which is fine).
fn without_comments(src: &str) -> String {
    src.lines()
        .map(|line| match line.find("//") {
            // A `//` inside a string (a URL) is rare in this crate and harmless here: the rest
            // of such a line is only shortened, never lengthened.
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules a source names through `crate::`.
fn named_modules(src: &str) -> BTreeSet<String> {
    let src = without_comments(src);
    let mut out = BTreeSet::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut rest = src.as_str();
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // `crate::{a::X, b, c::{D, E}}`: the names at the group's first depth.
            let mut depth = 0;
            let mut start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && depth == 0 && !c.is_whitespace() => {
                        out.insert(ident(&group[i..]));
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            out.insert(ident(rest));
        }
    }
    out.retain(|m| !m.is_empty());
    out
}

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).expect("read src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let src = fs::read_to_string(&path).expect("read a source");
            out.push((path.display().to_string(), src));
        }
    }
}

/// The top-level module a file under `src/` belongs to (`src/web/pages/x.rs` → `web`).
fn module_of(file: &str, src_dir: &Path) -> String {
    let rel = Path::new(file).strip_prefix(src_dir).expect("under src");
    let first = rel.components().next().expect("a component");
    first
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_string()
}

#[test]
fn every_module_names_only_its_own_floor_or_below() {
    let src_dir = root().join("src");
    let mut files = Vec::new();
    sources(&src_dir, &mut files);
    let mut wrong: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, src) in &files {
        let module = module_of(file, &src_dir);
        if matches!(module.as_str(), "main" | "lib") {
            continue; // The crate's root and the binary stand above every floor.
        }
        let Some(floor) = floor_of(&module) else {
            wrong
                .entry(file.clone())
                .or_default()
                .insert(format!("`{module}` is on no floor (tests/it/layers.rs)"));
            continue;
        };
        for named in named_modules(src) {
            if named == module {
                continue;
            }
            // On the front floor, the command line starts the web server, never the reverse.
            if module == "web" && named == "cli" {
                wrong
                    .entry(file.clone())
                    .or_default()
                    .insert("web names cli (cli starts web, not the reverse)".to_string());
                continue;
            }
            match floor_of(&named) {
                Some(f) if f <= floor => {}
                Some(f) => {
                    wrong.entry(file.clone()).or_default().insert(format!(
                        "{module} ({}) names {named} ({})",
                        FLOORS[floor].0, FLOORS[f].0
                    ));
                }
                // Macros exported at the crate root (`crate::t!`) and the like.
                None if matches!(named.as_str(), "t" | "tt") => {}
                None => {
                    wrong
                        .entry(file.clone())
                        .or_default()
                        .insert(format!("names `{named}`, on no floor"));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "modules naming a higher floor:\n{wrong:#?}"
    );
}

#[test]
fn the_import_reader_finds_every_form() {
    let src = "use crate::money::Sek;\n\
               use crate::{application::{Form, Support}, date, i18n::Msg};\n\
               // crate::web in a comment is not an import\n\
               fn f() { crate::optimise::propose(); crate::t!(\"x\"); }";
    let found: Vec<String> = named_modules(src).into_iter().collect();
    assert_eq!(
        found,
        ["application", "date", "i18n", "money", "optimise", "t"]
    );
}

#[test]
fn every_module_is_declared_and_on_a_floor() {
    let lib = fs::read_to_string(root().join("src/lib.rs")).expect("read lib.rs");
    let declared: BTreeSet<String> = lib
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            let l = l.strip_prefix("pub ").unwrap_or(l);
            let l = l.strip_prefix("pub(crate) ").unwrap_or(l);
            l.strip_prefix("mod ")
                .map(|m| m.trim_end_matches(';').to_string())
        })
        .collect();
    let on_floors: BTreeSet<String> = FLOORS
        .iter()
        .flat_map(|(_, ms)| ms.iter().map(|m| m.to_string()))
        .collect();
    assert_eq!(
        declared, on_floors,
        "lib.rs's modules and the floors differ"
    );
    // lib.rs's codemap names each module as `[`name`]`.
    for module in &declared {
        assert!(
            lib.contains(&format!("[`{module}`]")),
            "lib.rs's codemap does not list `{module}`"
        );
    }
}
