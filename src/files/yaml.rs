//! A YAML document as a tree of nodes that remember where they stood in the file.
//!
//! We parse with `saphyr-parser`'s event stream and build our own small tree instead of
//! deserialising straight into structs, because every later check — a misspelt node id deep in a
//! file, a negative amount, a `base:` chain merged from three files — must point at a file, a
//! line and a column, and every problem of a run must be reported at once (ARCHITECTURE.md,
//! "Why not serde for YAML"). Scalars keep their original text, so money is read from
//! `12.30` exactly as written and never through a float.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

use crate::i18n::Text;
use crate::problem::{Loc, Problem};
use crate::text::files as msg;

/// Deeper nesting than this is not a plausible data file; refusing it keeps recursion bounded.
const MAX_DEPTH: usize = 64;
/// Aliases can make a small file expand enormously ("billion laughs"); this bounds the tree.
const MAX_NODES: usize = 2_000_000;
/// The longest value a data file may hold (a project description is a few thousand
/// characters): a longer one is refused at once, before any check compares or copies it.
pub(crate) const MAX_SCALAR_BYTES: usize = 100_000;

/// A node of the tree and the place where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: Kind,
    pub loc: Loc,
}

/// What a node holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// `~`, `null` or nothing at all.
    Null,
    /// A scalar with its text as written (after YAML unescaping) and whether it was quoted.
    Scalar {
        text: String,
        quoted: bool,
    },
    Seq(Vec<Node>),
    /// Entries in file order; duplicates are kept here and reported by the decoder.
    Map(Vec<(Node, Node)>),
}

impl Node {
    pub fn null(loc: Loc) -> Node {
        Node {
            kind: Kind::Null,
            loc,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.kind, Kind::Null)
    }

    /// The scalar text, if this is a scalar.
    pub(crate) fn scalar(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// The entries, if this is a mapping.
    pub fn entries(&self) -> Option<&[(Node, Node)]> {
        match &self.kind {
            Kind::Map(entries) => Some(entries),
            _ => None,
        }
    }

    /// The value under `key`, if this is a mapping that has it (the first one, if repeated).
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entries()?
            .iter()
            .find(|(k, _)| k.scalar() == Some(key))
            .map(|(_, v)| v)
    }

    /// A short description of the node's type for error messages, in Swedish.
    pub(crate) fn describe(&self) -> Text {
        match &self.kind {
            Kind::Null => msg::KIND_NULL.into(),
            Kind::Scalar { text, .. } => Text::Plain(format!("\"{}\"", shorten(text, 40))),
            Kind::Seq(_) => msg::KIND_SEQ.into(),
            Kind::Map(_) => msg::KIND_MAP.into(),
        }
    }
}

impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe().render())
    }
}

/// Cuts a string for display without splitting a character.
/// Text as a double-quoted YAML scalar: quotes, backslashes and control characters escaped,
/// so that nothing a user typed can end the string or start new YAML.
pub fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A scalar as YAML: plain when it is a bare word or number that YAML reads back as exactly
/// this text (`3`, `under_beredning`, `kpv.matchning`), otherwise [`quoted`].
pub(crate) fn scalar(text: &str) -> String {
    let bare = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
        && !text.starts_with(['-', '.'])
        && !is_null(text)
        && !matches!(
            text.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off"
        );
    if bare { text.to_string() } else { quoted(text) }
}

/// Text as YAML comment lines (`# …`), each line of it one comment line: a line break or any
/// other control character in the text can never start a line of YAML.
pub fn comment(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let clean: String = line
            .chars()
            .map(|c| {
                if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        out.push_str("# ");
        out.push_str(clean.trim_end());
        out.push('\n');
    }
    out
}

pub(crate) fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max_chars).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Parses one YAML document. An empty file is a `Null` document.
pub fn parse(source: &str, file: &Arc<str>) -> Result<Node, Problem> {
    let mut builder = Builder {
        file: file.clone(),
        stack: Vec::new(),
        anchors: HashMap::new(),
        nodes: 0,
        root: None,
        documents: 0,
    };
    for event in Parser::new_from_str(source) {
        match event {
            Ok((event, span)) => builder.event(event, span)?,
            Err(error) => {
                let marker = error.marker();
                let loc = Loc::new(file.clone(), marker.line(), marker.col() + 1);
                return Err(Problem::error(loc, "", msg::yaml_syntax(error.info())));
            }
        }
    }
    Ok(builder
        .root
        .unwrap_or_else(|| Node::null(Loc::new(file.clone(), 1, 1))))
}

enum Open {
    Seq(Node, usize, Vec<Node>),
    Map(Node, usize, Vec<(Node, Node)>, Option<Node>),
}

struct Builder {
    file: Arc<str>,
    stack: Vec<Open>,
    anchors: HashMap<usize, Node>,
    nodes: usize,
    root: Option<Node>,
    documents: usize,
}

impl Builder {
    fn loc(&self, span: Span) -> Loc {
        Loc::new(self.file.clone(), span.start.line(), span.start.col() + 1)
    }

    fn event(&mut self, event: Event<'_>, span: Span) -> Result<(), Problem> {
        match event {
            Event::DocumentStart(_) => {
                self.documents += 1;
                if self.documents > 1 {
                    return Err(Problem::error(self.loc(span), "", msg::YAML_MANY_DOCUMENTS));
                }
            }
            Event::Scalar(text, style, anchor, _tag) => {
                let quoted = !matches!(style, ScalarStyle::Plain);
                let loc = self.loc(span);
                if text.len() > MAX_SCALAR_BYTES {
                    return Err(Problem::error(loc, "", msg::VALUE_TOO_LONG));
                }
                let node = if !quoted && is_null(&text) {
                    Node::null(loc)
                } else {
                    Node {
                        kind: Kind::Scalar {
                            text: text.into_owned(),
                            quoted,
                        },
                        loc,
                    }
                };
                self.finish(node, anchor)?;
            }
            Event::SequenceStart(anchor, _) => {
                self.open(span)?;
                let loc = self.loc(span);
                self.stack
                    .push(Open::Seq(Node::null(loc), anchor, Vec::new()));
            }
            Event::MappingStart(anchor, _) => {
                self.open(span)?;
                let loc = self.loc(span);
                self.stack
                    .push(Open::Map(Node::null(loc), anchor, Vec::new(), None));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let node = match self.stack.pop() {
                    Some(Open::Seq(mut node, anchor, items)) => {
                        node.kind = Kind::Seq(items);
                        (node, anchor)
                    }
                    Some(Open::Map(mut node, anchor, entries, _)) => {
                        node.kind = Kind::Map(entries);
                        (node, anchor)
                    }
                    None => return Ok(()),
                };
                self.finish(node.0, node.1)?;
            }
            Event::Alias(id) => {
                let loc = self.loc(span);
                let Some(target) = self.anchors.get(&id).cloned() else {
                    return Err(Problem::error(loc, "", msg::YAML_UNKNOWN_ALIAS));
                };
                self.nodes += count(&target);
                if self.nodes > MAX_NODES {
                    return Err(Problem::error(loc, "", msg::YAML_TOO_LARGE));
                }
                // The alias stands where it is used, so later errors point here.
                let node = relocate(target, &loc);
                self.finish(node, 0)?;
            }
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
        }
        Ok(())
    }

    fn open(&self, span: Span) -> Result<(), Problem> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(Problem::error(self.loc(span), "", msg::YAML_TOO_DEEP));
        }
        Ok(())
    }

    fn finish(&mut self, node: Node, anchor: usize) -> Result<(), Problem> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(Problem::error(node.loc.clone(), "", msg::YAML_TOO_LARGE));
        }
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Open::Seq(_, _, items)) => items.push(node),
            Some(Open::Map(_, _, entries, pending)) => match pending.take() {
                None => *pending = Some(node),
                Some(key) => entries.push((key, node)),
            },
        }
        Ok(())
    }
}

fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

fn count(node: &Node) -> usize {
    match &node.kind {
        Kind::Seq(items) => 1 + items.iter().map(count).sum::<usize>(),
        Kind::Map(entries) => {
            1 + entries
                .iter()
                .map(|(k, v)| count(k) + count(v))
                .sum::<usize>()
        }
        _ => 1,
    }
}

fn relocate(mut node: Node, loc: &Loc) -> Node {
    node.loc = loc.clone();
    node
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_scalars_and_comments_read_back_as_written_and_never_as_yaml() {
        let hostile = [
            "3",
            "under_beredning",
            "kpv.matchning",
            "a: b",
            "x\nbudget_scale: 0",
            "- lista",
            "null",
            "true",
            "#kommentar",
            "\"citat\" och \\",
            "",
            "rad\u{2028}skiljare",
        ];
        for text in hostile {
            let doc = format!(
                "{}key: {}\n",
                comment(&format!("kommentar {text}")),
                scalar(text)
            );
            let node = parse(&doc, &Arc::from("t.yaml")).expect("parses");
            let entries = node.entries().expect("a map");
            assert_eq!(entries.len(), 1, "{doc}");
            let value = node.get("key").expect("key");
            assert_eq!(value.scalar(), Some(text), "{doc}");
        }
    }

    #[test]
    fn an_overlong_value_is_refused_at_once() {
        let doc = format!("status: {}\n", "x".repeat(MAX_SCALAR_BYTES + 1));
        let e = parse(&doc, &Arc::from("t.yaml")).expect_err("refused");
        assert_eq!((e.loc.line, e.loc.column), (1, 9));
        assert!(e.message.render().contains("100 000 tecken"), "{e}");
    }

    fn file() -> Arc<str> {
        Arc::from("test.yaml")
    }

    #[test]
    fn positions_are_one_based_lines_and_columns() {
        let node = parse("a: 1\nb:\n  c: \"x\"\n", &file()).unwrap();
        let b = node.get("b").unwrap();
        let c = b.get("c").unwrap();
        assert_eq!((c.loc.line, c.loc.column), (3, 6));
        assert_eq!(
            c.kind,
            Kind::Scalar {
                text: "x".into(),
                quoted: true
            }
        );
    }

    #[test]
    fn scalars_keep_their_text() {
        let node = parse("a: 12.30\nb: 0012\n", &file()).unwrap();
        assert_eq!(node.get("a").unwrap().scalar(), Some("12.30"));
        assert_eq!(node.get("b").unwrap().scalar(), Some("0012"));
    }

    #[test]
    fn syntax_errors_point_at_the_place() {
        let error = parse("a: [1, 2\nb: 3\n", &file()).unwrap_err();
        assert_eq!(&*error.loc.file, "test.yaml");
        assert!(error.loc.line >= 1);
        assert!(error.message.render().starts_with(msg::YAML_SYNTAX.text()));
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let error = parse(&text, &file()).unwrap_err();
        assert_eq!(error.message, Text::from(msg::YAML_TOO_LARGE));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let text = "[".repeat(200) + &"]".repeat(200);
        assert!(parse(&text, &file()).is_err());
    }

    #[test]
    fn empty_file_is_null() {
        assert!(parse("", &file()).unwrap().is_null());
        assert!(parse("# only a comment\n", &file()).unwrap().is_null());
    }
}
