//! The ranking of a year's candidates and the explanation of one application's score.
//!
//! Ranking: by score descending, scores compared after rounding to 1e-9, ties by id
//! (docs/berakning.md §1). Explanations list one line per path from a rated node to
//! the root, in points of the total, rounded so that the shown lines add up to the shown score.

use std::cmp::Ordering;

use crate::application::Application;
use crate::hierarchy::Evaluator;
use crate::portfolio::{Assessment, Portfolio};
use crate::scenario::Part;
use crate::score::{Outweighed, PartResult, round_to_sum};
use crate::strategy::StrategyGraph;
use crate::text::explain as msg;

/// One row of the ranking.
#[derive(Debug, Clone, Copy)]
pub struct Ranked<'a> {
    pub rank: usize,
    pub app: &'a Application,
    pub assessment: &'a Assessment,
}

/// Compares scores the way the ranking does: rounded to 1e-9, higher first, then by id.
pub(crate) fn by_score(a: (f64, &str), b: (f64, &str)) -> Ordering {
    let round = |x: f64| (x * 1e9).round();
    round(b.0).total_cmp(&round(a.0)).then_with(|| a.1.cmp(b.1))
}

/// The candidates (status `ansokan` or `under_beredning`), ranked.
pub fn rank(p: &Portfolio) -> Vec<Ranked<'_>> {
    let mut rows: Vec<Ranked<'_>> = p
        .applications
        .iter()
        .zip(&p.assessments)
        .filter(|(app, _)| app.status.is_candidate())
        .map(|(app, assessment)| Ranked {
            rank: 0,
            app,
            assessment,
        })
        .collect();
    rows.sort_by(|a, b| {
        by_score(
            (a.assessment.score.total, &a.app.id),
            (b.assessment.score.total, &b.app.id),
        )
    });
    for (i, row) in rows.iter_mut().enumerate() {
        row.rank = i + 1;
    }
    rows
}

/// One line of an explanation: a path and what it gives.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Line {
    pub part: Part,
    /// The path in words, from the rated node up (the root left out).
    pub path: String,
    /// The ids along the path, rated node first, root last.
    pub nodes: Vec<String>,
    pub rating: u8,
    /// Points of the total score, unrounded.
    pub points: f64,
    /// Points as shown (one decimal, adding up to the shown total).
    pub shown: f64,
}

/// One part of an explanation.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PartExplanation {
    pub part: Part,
    /// The part's score 0–100.
    pub score: f64,
    /// The part's normalised weight.
    pub weight: f64,
    /// Points of the total, as shown (the sum of its shown lines).
    pub shown: f64,
    pub lines: Vec<Line>,
    /// Rated nodes that contribute nothing, in words.
    pub outweighed: Vec<String>,
    /// Ratings that were not scored, in words: strategy nodes not in force on the
    /// application's day, quality criteria not of its pot.
    pub not_counted: Vec<String>,
}

/// The whole explanation of an application's score.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Explanation {
    pub total: f64,
    /// The total as shown (one decimal).
    pub shown: f64,
    /// True when the score was given from outside and nothing is computed.
    pub given: bool,
    pub parts: Vec<PartExplanation>,
}

/// Explains an application's score.
pub fn explain(p: &Portfolio, app: &Application, assessment: &Assessment) -> Explanation {
    let score = &assessment.score;
    let shown_total = (score.total * 10.0).round() / 10.0;
    let Some(results) = &score.parts else {
        return Explanation {
            total: score.total,
            shown: shown_total,
            given: true,
            parts: Vec::new(),
        };
    };
    let mut parts: Vec<PartExplanation> = Vec::new();
    for (part, result) in results {
        let (Some(eval), Some(weight)) = (p.scorer.parts.get(part), p.scorer.weights.get(part))
        else {
            continue;
        };
        let lines = result
            .contributions
            .iter()
            .map(|c| {
                let nodes: Vec<String> = c.path.iter().map(|i| eval.id(*i).to_string()).collect();
                Line {
                    part: *part,
                    path: path_label(*part, eval, &c.path, c.rating, c.merged_paths, &p.strategy),
                    nodes,
                    rating: c.rating,
                    points: weight * 100.0 * c.amount,
                    shown: 0.0,
                }
            })
            .collect();
        parts.push(PartExplanation {
            part: *part,
            score: 100.0 * result.value,
            weight: *weight,
            shown: 0.0,
            lines,
            outweighed: outweighed(*part, eval, result, &p.strategy),
            not_counted: match part {
                Part::Alignment => not_in_force(p, app),
                Part::Quality => not_for_pot(p, app),
                Part::Agenda2030 => Vec::new(),
            },
        });
    }
    let points: Vec<f64> = parts
        .iter()
        .flat_map(|p| p.lines.iter().map(|l| l.points))
        .collect();
    let mut shown = round_to_sum(&points, 1).into_iter();
    for part in &mut parts {
        for line in &mut part.lines {
            line.shown = shown.next().unwrap_or(0.0);
        }
        part.lines.sort_by(|a, b| {
            b.points
                .total_cmp(&a.points)
                .then_with(|| a.path.cmp(&b.path))
        });
        part.shown = part.lines.iter().map(|l| l.shown).sum::<f64>();
        part.shown = (part.shown * 10.0).round() / 10.0;
    }
    let shown_sum = (parts.iter().map(|p| p.shown).sum::<f64>() * 10.0).round() / 10.0;
    // The shown total is the sum of the shown lines, so that what is printed adds up; it can
    // differ from the score rounded alone by 0,1 at most.
    let shown = if parts.iter().all(|p| p.lines.is_empty()) {
        shown_total
    } else {
        shown_sum
    };
    Explanation {
        total: score.total,
        shown,
        given: false,
        parts,
    }
}

/// "Kompetensplan Västmanland: Matchning på arbetsmarknaden (3/3) › Delmål 12: … › Ett välmående
/// Västmanland": the rated node first with its plan and rating, then each node up to (not
/// including) the root.
fn path_label(
    part: Part,
    eval: &Evaluator,
    path: &[u32],
    rating: u8,
    merged: bool,
    strategy: &StrategyGraph,
) -> String {
    let mut names: Vec<String> = Vec::new();
    let upto = if path.len() > 1 {
        path.len() - 1
    } else {
        path.len()
    };
    for (k, i) in path[..upto].iter().enumerate() {
        let id = eval.id(*i);
        let mut name = eval.name(*i).to_string();
        if part == Part::Alignment
            && let Some(plan) = strategy.plan_name(id)
        {
            name = format!("{plan}: {name}");
        }
        if k == 0 {
            name = format!("{name} ({rating}/3)");
        }
        names.push(name);
    }
    let mut label = names.join(" › ");
    if merged {
        label.push_str(msg::MERGED_PATHS.text());
    }
    label
}

/// The application's rated strategy nodes that were not in force on its day, in words.
fn not_in_force(p: &Portfolio, app: &Application) -> Vec<String> {
    let out = p.scorer.not_in_force(app);
    app.links
        .iter()
        .filter(|(id, rating)| **rating > 0 && out.contains(&id.as_str()))
        .filter_map(|(id, rating)| {
            let node = p.strategy.node(id)?;
            let name = match p.strategy.plan_name(id) {
                Some(plan) => format!("{plan}: {}", node.name),
                None => node.name.clone(),
            };
            Some(msg::not_in_force(
                &name,
                *rating,
                node.valid_from,
                node.valid_to,
            ))
        })
        .collect()
}

/// The application's rated quality criteria that its pot is not judged by, in words.
fn not_for_pot(p: &Portfolio, app: &Application) -> Vec<String> {
    let out = p.scorer.not_for_pot(app);
    let criteria = p.criteria();
    app.criteria
        .iter()
        .filter(|(id, rating)| **rating > 0 && out.contains(&id.as_str()))
        .map(|(id, rating)| {
            let name = criteria
                .iter()
                .find(|c| &c.id == id)
                .map_or(id.as_str(), |c| c.name.as_str());
            msg::not_for_pot(name, *rating, app.support.lower())
        })
        .collect()
}

fn outweighed(
    part: Part,
    eval: &Evaluator,
    result: &PartResult,
    strategy: &StrategyGraph,
) -> Vec<String> {
    result
        .outweighed
        .iter()
        .map(|(i, rating, why)| {
            let id = eval.id(*i);
            let mut name = eval.name(*i).to_string();
            if part == Part::Alignment
                && let Some(plan) = strategy.plan_name(id)
            {
                name = format!("{plan}: {name}");
            }
            match why {
                Outweighed::ByChildren => msg::outweighed_by_children(&name, *rating),
                Outweighed::FromAbove => msg::outweighed_from_above(&name, *rating),
                Outweighed::NoRoom => msg::outweighed_no_room(&name, *rating),
            }
        })
        .collect()
}
