//! Problems found in the input: where (file, line, column), about what (key or value), and why.
//!
//! Loading never stops at the first problem: every check reports into a [`Diag`], and the
//! caller gets all of them at once.

use std::fmt;
use std::sync::Arc;

use serde::Serialize;

use crate::i18n::Text;
use crate::text::files as msg;

/// Writes a library's own words (English, for developers) to stderr when `ANSLAG_TRACE` is
/// set. Users see the Swedish message made from the same error.
pub(crate) fn trace(context: &str, detail: &dyn fmt::Display) {
    if std::env::var_os("ANSLAG_TRACE").is_some() {
        eprintln!("[spår] {context}: {detail}");
    }
}

/// A place in a file: 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Loc {
    pub file: Arc<str>,
    pub line: usize,
    pub column: usize,
}

impl Loc {
    pub fn new(file: Arc<str>, line: usize, column: usize) -> Loc {
        Loc { file, line, column }
    }

    /// A place for problems that concern a whole file (it cannot be read, it is missing).
    pub fn file(file: &str) -> Loc {
        Loc::new(Arc::from(file), 1, 1)
    }
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// How bad a problem is: errors stop the run, warnings are shown and the run goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, with its place and the key or value it is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub loc: Loc,
    /// The key (path of keys) or value the problem is about; may be empty.
    pub key: String,
    /// A plain sentence, including the context (which application, which node), written in
    /// the reader's language when shown.
    pub message: Text,
    pub severity: Severity,
}

impl Problem {
    pub fn error(loc: Loc, key: impl Into<String>, message: impl Into<Text>) -> Problem {
        Problem {
            loc,
            key: key.into(),
            message: message.into(),
            severity: Severity::Error,
        }
    }

    pub fn warning(loc: Loc, key: impl Into<String>, message: impl Into<Text>) -> Problem {
        Problem {
            loc,
            key: key.into(),
            message: message.into(),
            severity: Severity::Warning,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "",
            Severity::Warning => msg::WARNING_PREFIX.text(),
        };
        write!(f, "{}: {label}{}", self.loc, self.message)
    }
}

/// The problem as programs read it (`anslag validate --format json`).
#[derive(Debug, Serialize)]
pub(crate) struct ProblemJson<'a> {
    pub file: &'a str,
    pub line: usize,
    pub column: usize,
    pub key: &'a str,
    pub message: String,
    pub severity: Severity,
}

impl<'a> From<&'a Problem> for ProblemJson<'a> {
    fn from(p: &'a Problem) -> Self {
        ProblemJson {
            file: &p.loc.file,
            line: p.loc.line,
            column: p.loc.column,
            key: &p.key,
            message: p.message.render(),
            severity: p.severity,
        }
    }
}

/// Collects problems during loading, with a context ("ansökan \"2021-0042\"") that prefixes
/// each message so a reader knows what the line is about without opening the file.
#[derive(Debug, Default)]
pub struct Diag {
    pub problems: Vec<Problem>,
    context: Vec<Text>,
}

impl Diag {
    pub fn new() -> Diag {
        Diag::default()
    }

    fn decorate(&self, message: Text) -> Text {
        match self.context.last() {
            Some(context) => Text::Joined(vec![context.clone(), message], ": "),
            None => message,
        }
    }

    pub fn error(&mut self, loc: &Loc, key: impl Into<String>, message: impl Into<Text>) {
        let message = self.decorate(message.into());
        self.problems
            .push(Problem::error(loc.clone(), key.into(), message));
    }

    pub fn warning(&mut self, loc: &Loc, key: impl Into<String>, message: impl Into<Text>) {
        let message = self.decorate(message.into());
        self.problems
            .push(Problem::warning(loc.clone(), key.into(), message));
    }

    pub fn push(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// Runs `f` with `context` prefixed to every message it reports.
    pub fn within<T>(&mut self, context: impl Into<Text>, f: impl FnOnce(&mut Diag) -> T) -> T {
        self.context.push(context.into());
        let result = f(self);
        self.context.pop();
        result
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// The problems in file order (file, line, column), errors before warnings at one place.
    pub fn into_sorted(mut self) -> Vec<Problem> {
        // Ordered and deduplicated by the words as written now; a problem keeps its words
        // as a Text so that each reader sees it in their own language later.
        let mut keyed: Vec<(String, Problem)> = std::mem::take(&mut self.problems)
            .into_iter()
            .map(|p| (p.message.render(), p))
            .collect();
        keyed.sort_by(|(am, a), (bm, b)| (&a.loc, a.severity, am).cmp(&(&b.loc, b.severity, bm)));
        keyed.dedup_by(|(am, a), (bm, b)| {
            am == bm && a.loc == b.loc && a.severity == b.severity && a.key == b.key
        });
        keyed.into_iter().map(|(_, p)| p).collect()
    }
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word_len = word.chars().count();
    let limit = (word_len / 3).clamp(1, 4);
    candidates
        .into_iter()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(b.1)))
        .map(|(_, c)| c)
}

/// The suffix " (menade du \"x\"?)" when there is a likely candidate, else nothing.
pub(crate) fn suggestion<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Text {
    did_you_mean(word, candidates)
        .map(msg::did_you_mean)
        .unwrap_or_else(|| Text::Plain(String::new()))
}

/// Edit distance over characters (so å, ä, ö count as one each) where swapping two
/// neighbours counts as one edit, as typists make them ("titel" for "title").
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_characters() {
        assert_eq!(edit_distance("kpv.matchnig", "kpv.matchning"), 1);
        assert_eq!(edit_distance("Köping", "Koping"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("titel", "title"), 1);
    }

    #[test]
    fn did_you_mean_finds_the_typo_and_not_strangers() {
        let ids = ["kpv.matchning", "kpv.validering", "apv.industri"];
        assert_eq!(did_you_mean("kpv.matchnig", ids), Some("kpv.matchning"));
        assert_eq!(did_you_mean("helt.annat", ids), None);
    }
}
