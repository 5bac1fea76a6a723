//! A copy of the shipped data in a temporary folder, to change one thing and load it.

use std::fs;
use std::path::PathBuf;

use anslag::portfolio::Portfolio;
use anslag::problem::Problem;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary copy of `strategies/` and `scenarios/2021/`.
pub struct Data {
    pub dir: tempfile::TempDir,
}

impl Data {
    pub fn shipped() -> Data {
        let dir = tempfile::tempdir().expect("temp dir");
        for sub in ["strategies", "scenarios/2021"] {
            let from = root().join(sub);
            let to = dir.path().join(sub);
            fs::create_dir_all(&to).expect("mkdir");
            for entry in fs::read_dir(&from).expect("read dir") {
                let entry = entry.expect("entry");
                // Files only: scenarios/2021/import/ is an example, not part of the data.
                if entry.file_type().expect("file type").is_file() {
                    fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
                }
            }
        }
        fs::copy(
            root().join("tillganglighet.yaml"),
            dir.path().join("tillganglighet.yaml"),
        )
        .expect("copy the accessibility statement's details");
        Data { dir }
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative)).expect("read")
    }

    pub fn write(&self, relative: &str, text: &str) {
        let path = self.path(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("mkdir");
        }
        fs::write(path, text).expect("write");
    }

    /// Replaces the first occurrence of `from` in a file; returns the 1-based line and column
    /// where the replacement starts.
    pub fn replace(&self, relative: &str, from: &str, to: &str) -> (usize, usize) {
        let text = self.read(relative);
        let at = text
            .find(from)
            .unwrap_or_else(|| panic!("{from:?} not in {relative}"));
        let line = text[..at].matches('\n').count() + 1;
        let column = text[..at].rsplit('\n').next().unwrap_or("").chars().count() + 1;
        self.write(relative, &text.replacen(from, to, 1));
        (line, column)
    }

    /// Where `needle` first occurs in a file: 1-based line and column.
    pub fn position(&self, relative: &str, needle: &str) -> (usize, usize) {
        let text = self.read(relative);
        let at = text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {relative}"));
        let line = text[..at].matches('\n').count() + 1;
        let column = text[..at].rsplit('\n').next().unwrap_or("").chars().count() + 1;
        (line, column)
    }

    pub fn load(&self, scenario: &str) -> Result<Portfolio, Vec<Problem>> {
        Portfolio::load(&self.path(scenario))
    }

    /// Loads, expecting failure, and returns the errors.
    pub fn errors(&self, scenario: &str) -> Vec<Problem> {
        match self.load(scenario) {
            Ok(_) => panic!("expected {scenario} to fail to load"),
            Err(problems) => problems.into_iter().filter(Problem::is_error).collect(),
        }
    }
}

/// The `anslag` binary run in the project folder, as a user runs it.
pub fn anslag(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_anslag"))
        .env("LC_ALL", "sv_SE.UTF-8")
        .env_remove("COLUMNS")
        .args(args)
        .current_dir(root())
        .output()
        .expect("runs")
}

pub fn shipped_portfolio() -> Portfolio {
    Portfolio::load(&root().join("scenarios/2021/bas.yaml")).expect("shipped data loads")
}

/// The one error whose file ends with `file`, or a panic listing all of them.
pub fn find<'a>(errors: &'a [Problem], file: &str, needle: &str) -> &'a Problem {
    errors
        .iter()
        .find(|p| p.loc.file.ends_with(file) && p.message.render().contains(needle))
        .unwrap_or_else(|| {
            panic!(
                "no error in {file} containing {needle:?}; got:\n{}",
                list(errors)
            )
        })
}

pub fn list(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {p}\n")).collect()
}

pub fn assert_at(p: &Problem, line: usize, column: usize) {
    assert_eq!(
        (p.loc.line, p.loc.column),
        (line, column),
        "wrong place for: {p}"
    );
}

/// Every piece of text in the shipped data files (titles, names, the guideline's own words):
/// the region's words, which stay as written whatever the language. Longest first.
pub fn data_texts() -> Vec<String> {
    let mut texts = Vec::new();
    let files = ["strategies", "scenarios/2021"]
        .into_iter()
        .flat_map(|dir| fs::read_dir(root().join(dir)).expect("read data"))
        .map(|entry| entry.expect("entry").path())
        .chain([root().join("tillganglighet.yaml")]);
    {
        for path in files {
            if path.extension().is_none_or(|e| e != "yaml") {
                continue;
            }
            let text = fs::read_to_string(&path).expect("read");
            // Quoted values anywhere (flow maps: `{ id: x, name: "…" }`).
            for (i, quoted) in text.split('"').enumerate() {
                if i % 2 == 1 && quoted.chars().count() > 2 {
                    texts.push(quoted.to_string());
                }
            }
            for line in text.lines() {
                let line = line.trim().trim_start_matches("- ");
                let value = line.split_once(": ").map_or(line, |(_, v)| v);
                let value = value.trim().trim_matches('"').trim_matches('\'');
                if value.chars().count() > 2 {
                    texts.push(value.to_string());
                }
                // A file the program writes beside a named one is named on pages too.
                if let Some(stem) = value.strip_suffix(".yaml") {
                    texts.push(format!("{stem}.beslut.yaml"));
                }
            }
        }
    }
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    texts
}

/// Words of Swedish sentences that no English sentence has.
pub const SWEDISH_WORDS: [&str; 14] = [
    "och",
    "ansökan",
    "ansökningar",
    "beslut",
    "inte",
    "är",
    "för",
    "som",
    "med",
    "poäng",
    "stöd",
    "föreslås",
    "finansieras",
    "budgeten",
];

/// The Swedish words left in `text` once the data's own words are taken out, each with
/// what stands around it.
pub fn swedish_words(text: &str, data: &[String]) -> Vec<String> {
    let mut text = text.to_string();
    for d in data {
        text = text.replace(d.as_str(), " ");
    }
    let mut found = Vec::new();
    let mut at = 0;
    for word in text.split(|c: char| !c.is_alphabetic()) {
        let here = at;
        at += word.len()
            + text[at + word.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        if SWEDISH_WORDS.contains(&word.to_lowercase().as_str()) {
            let mut from = here.saturating_sub(60);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (here + 60).min(text.len());
            while !text.is_char_boundary(to) {
                to += 1;
            }
            found.push(format!("“{word}” in …{}…", &text[from..to]));
        }
    }
    found
}
