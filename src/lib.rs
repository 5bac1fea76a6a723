//! anslag — prioritising applications for the regional appropriation 1:1.
//!
//! Codemap (one line per module; ARCHITECTURE.md has the whole picture):
//! - [`money`]: `Sek`, exact kronor in rust_decimal, Swedish parsing and formatting.
//! - [`date`]: calendar dates as written in the files.
//! - [`problem`]: problems with file, line and column; "did you mean".
//! - [`files`]: YAML with positions, and the loaders of every file.
//! - [`hierarchy`]: the weighted graph (petgraph) shared by the three parts of a score.
//! - [`strategy`]: the region's strategy graph (RUS → plans → goals → activities).
//! - [`agenda2030`]: the global goals and their groups.
//! - [`application`]: applications and their ratings.
//! - [`rules`]: the guideline's rules: eligibility and deciding body, by validity date.
//! - [`score`]: the weighted-graph evaluation and its explanation.
//! - [`scenario`]: budgets, weights, locks and constraints.
//! - [`portfolio`]: a scenario loaded with everything it names, checked across files.
//! - [`ranking`]: the ranked list and one application's full explanation.
//! - [`cli`]: the subcommands' output as Swedish tables, JSON and CSV.
//! - [`text`]: every user-facing sentence, in Swedish.

pub mod agenda2030;
pub mod application;
pub mod bench;
pub mod charts;
pub mod cli;
pub mod compare;
pub mod date;
pub mod export;
pub mod files;
pub mod hierarchy;
pub mod import;
pub mod money;
pub mod optimise;
pub mod portfolio;
pub mod problem;
pub mod ranking;
pub mod rules;
pub mod scenario;
pub mod score;
pub mod stability;
pub mod strategy;
pub mod sweep;
pub mod text;
pub mod web;
