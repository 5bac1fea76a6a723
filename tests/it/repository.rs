//! The repository stands alone: a clone with nothing beside it builds, tests and documents
//! itself. Nothing may read or point at files outside it, and every link in the user's
//! documentation leads to a file that is in it.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::root;

/// Text files under `dir`, skipping installed packages and build output.
fn text_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !matches!(name.as_str(), "node_modules" | "target" | ".git") {
                text_files(&path, out);
            }
        } else if let Some(ext) = path.extension().and_then(|e| e.to_str())
            && matches!(
                ext,
                "rs" | "md" | "toml" | "yaml" | "yml" | "mjs" | "js" | "json" | "py" | "ftl"
            )
        {
            out.push(path);
        }
    }
}

#[test]
fn nothing_reads_or_links_outside_the_repository() {
    // Written in two pieces so that this file does not find itself.
    let outside = format!("../{}", "shared");
    let mut files = Vec::new();
    for dir in ["src", "tests", "docs", ".ci", "vendor/microlp/src"] {
        text_files(&root().join(dir), &mut files);
    }
    for file in ["README.md", "ARCHITECTURE.md", "Cargo.toml"] {
        files.push(root().join(file));
    }
    files.push(root().join(".ci/run"));
    let mut found = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            if line.contains(&outside) {
                found.push(format!("{}:{}: {line}", file.display(), n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "points outside the repository:\n{}",
        found.join("\n")
    );
}

/// Relative targets of Markdown links `[text](target)` and of paths in backticks that end in
/// `.md`.
fn linked_documents(text: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        rest = &rest[at + 2..];
        if let Some(end) = rest.find(')') {
            let target = rest[..end].split('#').next().unwrap_or("").trim();
            if !target.is_empty() && !target.contains("://") && !target.starts_with("mailto:") {
                targets.push(target.to_string());
            }
        }
    }
    for piece in text.split('`').skip(1).step_by(2) {
        if piece.ends_with(".md") && !piece.contains(' ') {
            targets.push(piece.to_string());
        }
    }
    targets
}

#[test]
fn every_linked_document_is_in_the_repository() {
    let mut docs = vec![root().join("README.md"), root().join("ARCHITECTURE.md")];
    for entry in fs::read_dir(root().join("docs")).expect("docs/").flatten() {
        if entry.path().extension().is_some_and(|e| e == "md") {
            docs.push(entry.path());
        }
    }
    let mut missing = Vec::new();
    for doc in &docs {
        let text = fs::read_to_string(doc).expect("readable");
        let dir = doc.parent().expect("in a folder");
        for target in linked_documents(&text) {
            // A path in backticks may be written from the repository's root or from the
            // document's own folder.
            if !dir.join(&target).exists() && !root().join(&target).exists() {
                missing.push(format!("{}: {target}", doc.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "links to missing files:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_link_check_finds_links() {
    assert_eq!(
        linked_documents(
            "se [formaten](docs/filer.md#budget) och `ARCHITECTURE.md`, [x](https://a.b)"
        ),
        ["docs/filer.md", "ARCHITECTURE.md"]
    );
}

/// Every Markdown document named in the code, the data files' comments or the documentation is a
/// document of the repository (a comment must not send a reader to a file that is not there).
#[test]
fn every_document_named_anywhere_exists() {
    let mut files = Vec::new();
    for dir in ["src", "tests/it", "docs", "strategies", "scenarios", ".ci"] {
        text_files(&root().join(dir), &mut files);
    }
    for file in ["README.md", "ARCHITECTURE.md"] {
        files.push(root().join(file));
    }
    let mut present = std::collections::BTreeSet::new();
    let mut all = Vec::new();
    text_files(&root(), &mut all);
    for f in &all {
        if let Some(name) = f.file_name().and_then(|n| n.to_str()) {
            present.insert(name.to_string());
        }
    }
    let mut missing = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).unwrap_or_default();
        for word in text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))) {
            let word = word.trim_end_matches('.');
            if word.ends_with(".md") && word.len() > 3 && !word.starts_with('.') {
                let name = word.rsplit('/').next().unwrap_or(word);
                if !present.contains(name) {
                    missing.push(format!("{}: {word}", file.display()));
                }
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "documents that are not in the repository:\n{}",
        missing.join("\n")
    );
}

/// Every test that docs/security.md cites as proof exists.
#[test]
fn the_tests_security_md_cites_exist() {
    let doc = fs::read_to_string(root().join("docs/security.md")).expect("docs/security.md");
    let mut sources = String::new();
    let mut files = Vec::new();
    for dir in ["src", "tests/it"] {
        text_files(&root().join(dir), &mut files);
    }
    for f in files {
        sources.push_str(&fs::read_to_string(f).unwrap_or_default());
    }
    let mut cited = 0;
    let mut missing = Vec::new();
    for piece in doc.split('`').skip(1).step_by(2) {
        let Some((_, name)) = piece.rsplit_once("::") else {
            continue;
        };
        if name == "*" || piece.contains(' ') || piece.starts_with("web::serve") {
            continue;
        }
        cited += 1;
        if !sources.contains(&format!("fn {name}(")) {
            missing.push(piece.to_string());
        }
    }
    assert!(cited >= 20, "only {cited} tests cited");
    assert!(missing.is_empty(), "cited but not found: {missing:?}");
}
