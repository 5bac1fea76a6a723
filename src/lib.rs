//! anslag — prioritising applications for the regional appropriation 1:1.
//!
//! Codemap (one line per module; ARCHITECTURE.md has the whole picture), floor by floor from the
//! ground up. A module names only modules on its own floor or below (`tests/it/layers.rs`).
//!
//! Ground — words and numbers:
//! - [`money`]: `Sek`, exact kronor in rust_decimal, Swedish parsing and formatting.
//! - [`date`]: calendar dates as written in the files.
//! - [`format`]: numbers and percentages, the Swedish and the English way.
//! - [`problem`]: problems with file, line and column; "did you mean"; the debug trace.
//! - [`i18n`]: the two languages: Fluent bundles, the language of the moment, deferred `Text`.
//! - [`text`]: user-facing sentences by area, named in `locales/{sv,en}/*.ftl`.
//! - [`needed`]: a counterfactual's answer: found, none, not computed or not asked.
//!
//! Data — the region's files and what they mean:
//! - [`files`]: YAML with positions, the loaders of every file, and every file write.
//! - [`hierarchy`]: the weighted graph (petgraph) shared by the three parts of a score.
//! - [`strategy`]: the region's strategy graph (RUS → plans → goals → activities).
//! - [`agenda2030`]: the global goals and their groups.
//! - [`application`]: applications and their ratings; support, form, status and applicant type
//!   name themselves.
//! - [`deminimis`]: the de minimis register: dated aid per organisation, single undertakings.
//! - [`municipality`]: the municipalities' SCB codes and population.
//! - [`rules`]: the guideline's rules: eligibility and deciding body, by validity date.
//! - [`score`]: the weighted-graph evaluation and its explanation.
//! - [`scenario`]: budgets, weights, locks and constraints.
//! - [`portfolio`]: a scenario loaded with everything it names, checked across files.
//! - [`ranking`]: the ranked list and one application's full explanation.
//!
//! Engines — what is computed from the data:
//! - [`optimise`]: the proposed allocation, proven, with a reason for every application.
//! - [`compare`]: two allocations side by side.
//! - [`sweep`]: the budget curve.
//! - [`stability`]: how often each application is funded when the weights vary.
//! - [`bench`]: OR-Library and Pabulib parsers and synthetic portfolios for benchmarks.
//! - [`charts`]: SVG charts (plotters).
//! - [`export`]: spreadsheets out (XLSX, CSV for Swedish Excel).
//! - [`opendata`]: decided grants as open data (the 360Giving Data Standard).
//! - [`import`]: spreadsheets in, to an applications file.
//! - [`report`]: the annual reports on recorded decisions (villkorsbeslut, the nämnd).
//!
//! Front — the two ways in:
//! - [`cli`]: the subcommands: their arguments, output as tables, JSON and CSV.
//! - [`web`]: `anslag serve`, the web UI (axum + maud).

// The codemap names every module, crate-private ones too.
#![allow(rustdoc::private_intra_doc_links)]

pub(crate) mod agenda2030;
pub mod application;
pub mod bench;
pub mod charts;
pub mod cli;
pub mod compare;
pub(crate) mod date;
pub mod deminimis;
pub mod export;
pub mod files;
pub(crate) mod format;
pub(crate) mod hierarchy;
pub mod i18n;
pub mod import;
pub mod money;
pub mod municipality;
pub mod needed;
pub mod opendata;
pub mod optimise;
pub mod portfolio;
pub mod problem;
pub mod ranking;
pub mod report;
pub(crate) mod rules;
pub mod scenario;
pub(crate) mod score;
pub mod stability;
pub mod strategy;
pub mod sweep;
pub mod text;
pub mod web;
