//! The Fluent files: every message in both languages with the same arguments, every message
//! the code names exists, and every message exists because the code names it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::support::root;

/// Message id → the variables it uses, for one language's files.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_in_pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for v in variants {
                variables_in_pattern(&v.value, out);
            }
        }
        Expression::Inline(i) => variables_in_inline(i, out),
    }
}

fn variables_in_inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_in_inline(a, out);
            }
            for a in &arguments.named {
                variables_in_inline(&a.value, out);
            }
        }
        _ => {}
    }
}

fn area_files(lang: &str) -> BTreeMap<String, String> {
    let dir = root().join("locales").join(lang);
    fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| {
            let area = p.file_stem().unwrap().to_string_lossy().to_string();
            (area, fs::read_to_string(&p).expect("read"))
        })
        .collect()
}

/// Parses one language's files; fails on a syntax error or an id given twice.
fn messages(lang: &str) -> BTreeMap<String, Messages> {
    let mut all = BTreeMap::new();
    let mut seen = BTreeMap::new();
    for (area, text) in area_files(lang) {
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| {
            panic!("locales/{lang}/{area}.ftl does not parse: {errors:?}")
        });
        let mut messages = Messages::new();
        for entry in &resource.body {
            match entry {
                Entry::Message(m) => {
                    let id = m.id.name.to_string();
                    assert!(
                        id.starts_with(&format!("{area}-")),
                        "locales/{lang}/{area}.ftl: {id} should start with {area}-"
                    );
                    if let Some(other) = seen.insert(id.clone(), area.clone()) {
                        panic!("locales/{lang}: {id} is in both {other}.ftl and {area}.ftl");
                    }
                    let mut vars = BTreeSet::new();
                    if let Some(v) = &m.value {
                        variables_in_pattern(v, &mut vars);
                    }
                    assert!(
                        m.value.is_some(),
                        "locales/{lang}/{area}.ftl: {id} has no text"
                    );
                    messages.insert(id, vars);
                }
                Entry::Junk { content } => {
                    panic!("locales/{lang}/{area}.ftl: cannot read {content:?}")
                }
                _ => {}
            }
        }
        all.insert(area, messages);
    }
    all
}

#[test]
fn every_message_is_in_both_languages_with_the_same_arguments() {
    let sv = messages("sv");
    let en = messages("en");
    assert_eq!(
        sv.keys().collect::<Vec<_>>(),
        en.keys().collect::<Vec<_>>(),
        "locales/sv and locales/en have different files"
    );
    let mut problems = Vec::new();
    for (area, sv_messages) in &sv {
        let en_messages = &en[area];
        for (id, vars) in sv_messages {
            match en_messages.get(id) {
                None => problems.push(format!("{area}.ftl: {id} is Swedish only")),
                Some(en_vars) if en_vars != vars => problems.push(format!(
                    "{area}.ftl: {id} takes {vars:?} in Swedish but {en_vars:?} in English"
                )),
                Some(_) => {}
            }
        }
        for id in en_messages.keys() {
            if !sv_messages.contains_key(id) {
                problems.push(format!("{area}.ftl: {id} is English only"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_file_is_compiled_in() {
    let compiled: BTreeSet<&str> = anslag::i18n::FILES.iter().map(|(a, _, _)| *a).collect();
    let on_disk: BTreeSet<String> = area_files("sv").into_keys().collect();
    let on_disk: BTreeSet<&str> = on_disk.iter().map(String::as_str).collect();
    assert_eq!(
        compiled, on_disk,
        "src/i18n.rs's areas! and locales/sv differ"
    );
}

fn rust_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).expect("read");
            out.push((path.display().to_string(), text));
        }
    }
}

/// The ids the code names: `t!("id"`, `tt!("id"` and `Msg("id")`.
fn ids_in_code() -> BTreeMap<String, String> {
    let mut sources = Vec::new();
    rust_sources(&root().join("src"), &mut sources);
    let mut ids = BTreeMap::new();
    for (file, text) in &sources {
        // Comments may show the macros (`t!("id")`) without naming a message.
        let text: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .map(|l| format!("{l}\n"))
            .collect();
        for opener in ["t!(", "tt!(", "Msg("] {
            for (at, _) in text.match_indices(opener) {
                // `t!(` and not `format!(`.
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let Some(rest) = text[at + opener.len()..].trim_start().strip_prefix('"') else {
                    continue;
                };
                if let Some(end) = rest.find('"') {
                    let id = &rest[..end];
                    if !id.is_empty() {
                        ids.insert(id.to_string(), file.clone());
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_names_exists_and_every_message_is_named() {
    let sv: BTreeSet<String> = messages("sv")
        .into_values()
        .flat_map(|m| m.into_keys())
        .collect();
    let named = ids_in_code();
    let missing: Vec<String> = named
        .iter()
        .filter(|(id, _)| !sv.contains(*id))
        .map(|(id, file)| format!("{file}: {id} is in no .ftl file"))
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    // The commands' help is looked up by command and argument (checked by the next test).
    let unused: Vec<&String> = sv
        .iter()
        .filter(|id| !named.contains_key(*id) && !HELP_PREFIXES.iter().any(|p| id.starts_with(p)))
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code names (remove them, or name them with t! or Msg): {unused:?}"
    );
}

/// Messages looked up by the command line's structure: `cli-cmd-COMMAND`,
/// `cli-arg-COMMAND-ARGUMENT`, `cli-value-help-COMMAND-ARGUMENT-VALUE`.
const HELP_PREFIXES: [&str; 3] = ["cli-cmd-", "cli-arg-", "cli-value-help-"];

#[test]
fn every_help_message_is_shown_by_its_command() {
    let sv = messages("sv");
    let cli = &sv["cli"];
    let resource_text = fs::read_to_string(root().join("locales/sv/cli.ftl")).expect("read");
    let mut problems = Vec::new();
    for id in cli
        .keys()
        .filter(|id| HELP_PREFIXES.iter().any(|p| id.starts_with(p)))
    {
        let rest = HELP_PREFIXES
            .iter()
            .find_map(|p| id.strip_prefix(p))
            .unwrap_or_default();
        // The command is the first word, or two for `user add`, `report villkor` and the like.
        let words: Vec<&str> = rest.split('-').collect();
        let command: Vec<&str> = if matches!(words[0], "user" | "report") && words.len() > 1 {
            words[..2].to_vec()
        } else {
            words[..1].to_vec()
        };
        let mut args = vec!["--lang", "sv"];
        args.extend(&command);
        args.push("--help");
        let help = crate::support::anslag(&args);
        let shown = String::from_utf8_lossy(&help.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let text = resource_text
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{id} = ")))
            .unwrap_or_default();
        if !shown.contains(text) {
            problems.push(format!(
                "{id}: “{text}” is not in anslag {} --help",
                command.join(" ")
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
