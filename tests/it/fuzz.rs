//! Nothing in a file can make the program panic: random and mutated YAML fed to every loader.

use std::sync::Arc;

use anslag::files::{self, applications::Refs};
use anslag::portfolio::Portfolio;
use anslag::problem::Diag;
use proptest::prelude::*;

use crate::support::{Data, root, shipped_portfolio};

/// Pieces that make YAML interesting: structure, anchors, odd scalars, Swedish letters.
const PIECES: &[&str] = &[
    ": ",
    "- ",
    "{",
    "}",
    "[",
    "]",
    ",",
    "\n",
    "\n  ",
    "\n    - ",
    "&a ",
    "*a",
    "\"",
    "'",
    "#",
    "~",
    "null",
    "true",
    "-5",
    "1e400",
    "0,5 mkr",
    "99999999999999999999999",
    "ÅÄÖ",
    "\t",
    "!!str ",
    "? ",
    "|\n  ",
    ">\n  ",
    "---\n",
    "...",
    "<script>",
    "%YAML 1.2\n",
    "\u{feff}",
    "\\u0000",
];

fn mutate(text: &str, edits: &[(usize, usize, usize)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for &(at, len, piece) in edits {
        if chars.is_empty() {
            break;
        }
        let at = at % chars.len();
        let end = (at + len % 40).min(chars.len());
        let insert: Vec<char> = PIECES[piece % PIECES.len()].chars().collect();
        chars.splice(at..end, insert);
    }
    chars.into_iter().collect()
}

fn shipped(relative: &str) -> String {
    std::fs::read_to_string(root().join(relative)).expect("read")
}

/// Runs every node loader on one text; the result does not matter, only that it returns.
fn every_loader(text: &str, refs: &Refs<'_>) {
    let file: Arc<str> = Arc::from("fuzz.yaml");
    let mut d = Diag::new();
    if let Some(node) = files::parse_yaml(text, &file, &mut d) {
        let _ = files::strategy::from_node(&node, &mut d);
        let _ = files::agenda::from_node(&node, &mut d);
        let _ = files::rules::from_node(&node, &mut d);
        let _ = files::applications::from_node(&node, refs, &mut d);
    }
    // Every problem must be printable.
    for p in d.into_sorted() {
        let _ = p.to_string();
    }
}

fn with_refs(f: impl FnOnce(&Refs<'_>)) {
    let p: Portfolio = shipped_portfolio();
    let criteria = p.rules.all_criteria();
    let refs = Refs {
        strategy: &p.strategy,
        agenda: &p.agenda,
        criteria,
        year: 2021,
    };
    f(&refs);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_text_never_panics(text in "\\PC{0,200}") {
        with_refs(|refs| every_loader(&text, refs));
    }

    #[test]
    fn random_yaml_shapes_never_panic(pieces in prop::collection::vec(0usize..PIECES.len(), 0..60)) {
        let text: String = pieces.iter().map(|i| PIECES[*i]).collect();
        with_refs(|refs| every_loader(&text, refs));
    }

    #[test]
    fn mutated_shipped_files_never_panic(
        which in 0usize..4,
        edits in prop::collection::vec((0usize..200_000, 0usize..40, 0usize..64), 1..6),
    ) {
        let file = ["strategies/vastmanland.yaml", "strategies/agenda2030.yaml",
                    "strategies/riktlinjer.yaml", "scenarios/2021/ansokningar.yaml"][which];
        let text = mutate(&shipped(file), &edits);
        with_refs(|refs| every_loader(&text, refs));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// The whole chain from a scenario file, with a mutated scenario or rules file on disk.
    #[test]
    fn mutated_scenarios_load_or_fail_cleanly(
        which in 0usize..2,
        edits in prop::collection::vec((0usize..5_000, 0usize..40, 0usize..64), 1..5),
    ) {
        let data = Data::shipped();
        let file = ["scenarios/2021/bas.yaml", "scenarios/2021/kompetensplan-prioriterad.yaml"][which];
        data.write(file, &mutate(&data.read(file), &edits));
        match Portfolio::load(&data.path(file)) {
            Ok(p) => prop_assert!(!p.applications.is_empty()),
            Err(problems) => prop_assert!(problems.iter().any(|p| p.is_error())),
        }
    }
}
