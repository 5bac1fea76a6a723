//! The model in CPLEX LP format, so that another solver (HiGHS, CBC, SCIP, Gurobi) can check
//! the optimiser on exactly the same problem: `anslag bench --case … --lp FILE`.
//!
//! Variables: `y<i>` is the decision of model variable `i` (binary); a part-fundable one also has
//! its amount `a<i>`, tied to the decision by `min·y ≤ a ≤ requested·y`. The objective is the
//! one the optimiser maximises, tie-break bonuses included, so the optima agree to the last
//! digit. Locks are bounds. Each row's name says which variable or rule it is and a comment
//! line names it as the reports do.

use std::fmt::Write;

use crate::optimise::model::{Model, Term};

/// Terms per line: LP readers have line-length limits (CPLEX: 560 characters).
const PER_LINE: usize = 6;

/// `+ c name` or `- |c| name`; `Display` of an f64 is its shortest exact form.
fn term(out: &mut String, c: f64, name: &str) {
    let sign = if c < 0.0 { '-' } else { '+' };
    let _ = write!(out, " {sign} {} {name}", c.abs());
}

fn terms(out: &mut String, list: &[(f64, String)]) {
    for (k, (c, name)) in list.iter().enumerate() {
        if k > 0 && k % PER_LINE == 0 {
            out.push_str("\n   ");
        }
        term(out, *c, name);
    }
    if list.is_empty() {
        out.push_str(" 0 y0");
    }
}

fn row_terms(t: &Term) -> impl Iterator<Item = (f64, String)> {
    let y = (t.y != 0.0).then(|| (t.y, format!("y{}", t.var)));
    let a = (t.a != 0.0).then(|| (t.a, format!("a{}", t.var)));
    y.into_iter().chain(a)
}

/// The model as an LP file.
pub fn write(m: &Model) -> String {
    let mut out =
        String::from("\\ anslag: the optimiser's model (CPLEX LP format)\nMaximize\n obj:");
    let objective: Vec<(f64, String)> = m
        .vars
        .iter()
        .enumerate()
        .flat_map(|(i, v)| match v.partial_min {
            Some(_) => vec![(v.objective, format!("a{i}")), (v.tie, format!("y{i}"))],
            None => vec![(v.objective + v.tie, format!("y{i}"))],
        })
        .filter(|(c, _)| *c != 0.0)
        .collect();
    terms(&mut out, &objective);
    out.push_str("\nSubject To\n");
    for (r, row) in m.rows.iter().enumerate() {
        let _ = writeln!(out, "\\ {:?}", row.kind);
        let _ = write!(out, " r{r}:");
        let list: Vec<(f64, String)> = row.terms.iter().flat_map(row_terms).collect();
        terms(&mut out, &list);
        let _ = writeln!(out, " <= {}", row.rhs);
    }
    for (i, v) in m.vars.iter().enumerate() {
        if let Some(min) = v.partial_min {
            let _ = writeln!(out, " least{i}: a{i} - {min} y{i} >= 0");
            let _ = writeln!(out, " most{i}: a{i} - {} y{i} <= 0", v.requested);
        }
    }
    out.push_str("Bounds\n");
    for (i, v) in m.vars.iter().enumerate() {
        match v.lock {
            Some(true) => {
                let _ = writeln!(out, " y{i} = 1");
            }
            Some(false) => {
                let _ = writeln!(out, " y{i} = 0");
            }
            None => {}
        }
    }
    out.push_str("Binaries\n");
    for i in 0..m.vars.len() {
        let _ = writeln!(out, " y{i}");
    }
    out.push_str("End\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::Support;
    use crate::optimise::model::{Row, RowKind, Var};
    use crate::scenario::Objective;

    fn var(partial_min: Option<f64>, lock: Option<bool>) -> Var {
        Var {
            app: 0,
            pot: Support::Projektmedel,
            score: 50.0,
            requested: 1000.0,
            partial_min,
            objective: if partial_min.is_some() { 0.05 } else { 50.0 },
            tie: 0.0,
            lock,
            rank: 0,
        }
    }

    #[test]
    fn a_model_is_written_with_its_rows_amounts_and_locks() {
        let m = Model {
            vars: vec![var(None, Some(true)), var(Some(600.0), None)],
            rows: vec![Row {
                kind: RowKind::Budget(Support::Projektmedel),
                terms: vec![
                    Term {
                        var: 0,
                        y: 1000.0,
                        a: 0.0,
                    },
                    Term {
                        var: 1,
                        y: 2.0,
                        a: 1.0,
                    },
                ],
                rhs: -1500.5,
            }],
            objective: Objective::Score,
            warnings: Vec::new(),
        };
        let text = write(&m);
        let expected = "\\ anslag: the optimiser's model (CPLEX LP format)\n\
                        Maximize\n obj: + 50 y0 + 0.05 a1\n\
                        Subject To\n\
                        \\ Budget(Projektmedel)\n r0: + 1000 y0 + 2 y1 + 1 a1 <= -1500.5\n \
                        least1: a1 - 600 y1 >= 0\n most1: a1 - 1000 y1 <= 0\n\
                        Bounds\n y0 = 1\n\
                        Binaries\n y0\n y1\n\
                        End\n";
        assert_eq!(text, expected);
    }

    #[test]
    fn long_rows_are_broken_into_lines() {
        let n = 20;
        let m = Model {
            vars: (0..n).map(|_| var(None, None)).collect(),
            rows: vec![Row {
                kind: RowKind::Resource(0),
                terms: (0..n)
                    .map(|var| Term {
                        var,
                        y: -1.0,
                        a: 0.0,
                    })
                    .collect(),
                rhs: 3.0,
            }],
            objective: Objective::Score,
            warnings: Vec::new(),
        };
        let text = write(&m);
        assert!(text.lines().all(|l| l.len() < 200));
        assert!(text.contains(" r0: - 1 y0 - 1 y1"));
        assert_eq!(text.matches(" - 1 y").count(), n);
    }
}
