//! Scenarier: budgets, weights, min_score, objective and locks with reasons in a form; the new
//! allocation and its difference from the scenario it started from; "Spara som nytt scenario"
//! writes a small YAML file that inherits from that scenario (only on a loopback server).

use std::collections::BTreeMap;
use std::path::Path as FsPath;
use std::time::Duration;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use rust_decimal::Decimal;

use crate::compare::{Comparison, compare};
use crate::files::scenario::Changes;
use crate::money::{MoneyError, Sek};
use crate::optimise::{Allocation, Settings, optimise};
use crate::portfolio::Portfolio;
use crate::scenario::{EdgeSelector, Lock, Objective, Part, Scenario};
use crate::strategy::Level;
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::pages::{Ctx, blocking, status_sentence};
use crate::web::params::Params;
use crate::web::state::{AppState, Loaded};
use crate::web::view::{self, Kr, Nav, num};

const PARTS: [Part; 3] = [Part::Alignment, Part::Agenda2030, Part::Quality];
/// Most locks of one kind accepted from the form.
const MAX_LOCKS: usize = 200;

/// A field's problem, shown beside the field and in the summary.
#[derive(Debug, Clone)]
struct FieldError {
    field: String,
    message: String,
}

pub async fn page(ctx: Ctx) -> Result<Response, AppError> {
    let simulate = ctx.params.get("simulera").is_some();
    if !simulate {
        let body = form(&ctx, &ctx.params, &[], false);
        return Ok(render(&ctx, body).into_response());
    }
    match read(&ctx.params, ctx.p()) {
        Err(errors) => Ok(invalid(&ctx, &errors)),
        Ok(changes) => match simulate_changes(&ctx, &changes).await? {
            Err(errors) => Ok(invalid(&ctx, &errors)),
            Ok((q, a)) => {
                if let Some(ext) = ctx
                    .params
                    .get("hamta")
                    .filter(|e| matches!(*e, "xlsx" | "csv"))
                {
                    let sheets = crate::export::allocation(&q, &a);
                    let stem = format!("{}-scenario-forslag", ctx.s.key);
                    return crate::web::pages::export::send_file(&stem, ext, &sheets);
                }
                let diff = compare(ctx.p(), &ctx.s.allocation, &q, &a);
                // The result first; the form to change it again below.
                let body = html! {
                    (result(&ctx, &q, &a, &diff))
                    h2 { (t::RESULT_CHANGE_FORM) }
                    (form(&ctx, &ctx.params, &[], true))
                };
                Ok(render(&ctx, body).into_response())
            }
        },
    }
}

fn render(ctx: &Ctx, body: Markup) -> Markup {
    let title = t::scenarios_title(&ctx.p().scenario.name);
    view::page(&ctx.frame(&title, Nav::Scenarios, "/scenarier"), body)
}

fn invalid(ctx: &Ctx, errors: &[FieldError]) -> Response {
    let body = form(ctx, &ctx.params, errors, false);
    (axum::http::StatusCode::BAD_REQUEST, render(ctx, body)).into_response()
}

/// Builds and solves the changed scenario off the executor.
async fn simulate_changes(
    ctx: &Ctx,
    changes: &Changes,
) -> Result<Result<(Portfolio, Allocation), Vec<FieldError>>, AppError> {
    let s = ctx.s.clone();
    let changes = changes.clone();
    // "bevisa" asks for the proof: the scenario's own time limit instead of the quick one.
    // The ranking first is walked to its end (each turn a quick question; 0,25 s on the
    // shipped data), so it gets the scenario's limit too rather than the quick one.
    let by_rank = changes.objective == Objective::Rank;
    let limit = if by_rank || ctx.params.get("bevisa").is_some() {
        Duration::from_secs_f64(s.portfolio.scenario.time_limit).min(ctx.state.0.work_limit)
    } else {
        ctx.state.0.simulate_limit
    };
    blocking(&ctx.state, limit * 3 + Duration::from_secs(5), move || {
        let q = apply(&s, &changes)?;
        let settings = Settings {
            time_limit: Some(limit),
            counterfactuals: false,
            reasons: false,
            ..Settings::default()
        };
        let a = optimise(&q, &settings);
        Ok((q, a))
    })
    .await
}

/// The scenario with the form's changes, scored and checked again.
fn apply(s: &Loaded, c: &Changes) -> Result<Portfolio, Vec<FieldError>> {
    let p = &s.portfolio;
    let mut scenario: Scenario = p.scenario.clone();
    scenario.budget_written = c.budgets.clone();
    scenario.budget_scale = Decimal::ONE;
    scenario.weights.parts = c.parts.clone();
    scenario
        .weights
        .strategy
        .retain(|(sel, _, _)| !matches!(sel, EdgeSelector::From(id) if c.areas.contains_key(id)));
    scenario.min_score = c.min_score;
    scenario.objective = c.objective;
    let loc = crate::problem::Loc::new(std::sync::Arc::from(t::FORM_SOURCE.text()), 0, 0);
    let locks = |list: &[(String, Option<String>)]| -> Vec<Lock> {
        list.iter()
            .map(|(id, reason)| Lock {
                id: id.clone(),
                reason: reason.clone(),
                loc: loc.clone(),
            })
            .collect()
    };
    for (id, w) in &c.areas {
        scenario
            .weights
            .strategy
            .push((EdgeSelector::From(id.clone()), *w, loc.clone()));
    }
    scenario.must_fund = locks(&c.must_fund);
    scenario.exclude = locks(&c.exclude);
    p.rebuild(scenario, p.applications.clone())
        .map_err(|problems| {
            problems
                .into_iter()
                .filter(|x| x.severity == crate::problem::Severity::Error)
                .map(|x| FieldError {
                    field: "las".into(),
                    message: x.message.render(),
                })
                .collect()
        })
}

/// Reads and checks every field; all problems at once.
fn read(q: &Params, p: &Portfolio) -> Result<Changes, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut err = |field: &str, message: String| {
        errors.push(FieldError {
            field: field.to_string(),
            message,
        })
    };
    let mut budgets = BTreeMap::new();
    for pot in p.scenario.budget_written.keys() {
        let field = format!("budget.{}", pot.key());
        match q.get(&field) {
            None => err(&field, t::budget_missing(pot.name())),
            Some(text) => match Sek::parse_input(text) {
                Ok(v) if v.is_whole() => {
                    budgets.insert(*pot, v);
                }
                Ok(_) => err(&field, t::budget_whole(pot.name())),
                Err(MoneyError::NotANumber) => err(
                    &field,
                    t::bad_amount(pot.name(), text, &t::AMOUNT_NOT_A_NUMBER),
                ),
                Err(e) => err(&field, t::bad_amount(pot.name(), text, &e.to_string())),
            },
        }
    }
    let mut parts = BTreeMap::new();
    for part in PARTS {
        let field = format!("vikt.{}", part.key());
        match q.get(&field).map(|v| (v, form_decimal(v))) {
            None => {
                parts.insert(part, 0.0);
            }
            Some((_, Some(v))) if (0.0..=1000.0).contains(&v) => {
                parts.insert(part, v);
            }
            Some((text, _)) => err(&field, t::bad_weight(part.name(), text)),
        }
    }
    let sum: f64 = parts.values().sum();
    if sum <= 0.0 {
        err(
            "vikt.alignment",
            crate::text::files::PARTS_CANNOT_NORMALISE.to_string(),
        );
    } else {
        for v in parts.values_mut() {
            *v /= sum;
        }
    }
    let mut areas = BTreeMap::new();
    for (id, name, _) in areas_of(p) {
        let field = format!("omrade.{id}");
        match q.get(&field).map(|v| (v, form_decimal(v))) {
            None => {}
            Some((_, Some(v))) if (0.0..=1000.0).contains(&v) => {
                areas.insert(id, v);
            }
            Some((text, _)) => err(&field, t::bad_weight(&name, text)),
        }
    }
    let min_score = match q.get("min_score").map(|v| (v, form_decimal(v))) {
        None => None,
        Some((_, Some(v))) if (0.0..=100.0).contains(&v) => Some(v),
        Some((text, _)) => {
            err("min_score", t::bad_min_score(text));
            None
        }
    };
    let objective = match q.get("mal") {
        None => p.scenario.objective,
        Some(key) => match Objective::ALL.into_iter().find(|o| o.key() == key) {
            Some(o) => o,
            None => {
                let names: Vec<&str> = Objective::ALL.iter().map(|o| o.name()).collect();
                err("mal", t::bad_choice(t::OBJECTIVE_LABEL.text(), key, &names));
                p.scenario.objective
            }
        },
    };
    let mut lock_list = |field: &str| -> Vec<(String, Option<String>)> {
        let mut out: Vec<(String, Option<String>)> = Vec::new();
        for line in q.get(field).unwrap_or("").lines() {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let (id, reason) = match line.split_once(char::is_whitespace) {
                Some((id, r)) => (
                    id.trim_end_matches([':', ',']),
                    Some(r.trim().trim_start_matches([':', '–', '-']).trim()),
                ),
                None => (line.trim_end_matches([':', ',']), None),
            };
            if p.application(id).is_none() {
                let hint = crate::problem::suggestion(id, p.ids());
                err(field, t::unknown_application(id, hint));
            } else if out.iter().any(|(x, _)| x == id) {
                err(field, t::lock_twice(id));
            } else if reason.is_none_or(str::is_empty) {
                // A political position is defended by its reason: a lock must say why.
                err(field, t::lock_needs_reason(id));
            } else {
                out.push((
                    id.to_string(),
                    reason.filter(|r| !r.is_empty()).map(str::to_string),
                ));
            }
        }
        if out.len() > MAX_LOCKS {
            err(field, t::too_many_locks(MAX_LOCKS));
        }
        out
    };
    let must_fund = lock_list("must_fund");
    let exclude = lock_list("exclude");
    for (id, _) in &must_fund {
        if exclude.iter().any(|(x, _)| x == id) {
            err(
                "exclude",
                crate::text::files::must_fund_and_excluded(id).render(),
            );
        }
    }
    if errors.is_empty() {
        Ok(Changes {
            budgets,
            parts,
            areas,
            min_score,
            objective,
            must_fund,
            exclude,
        })
    } else {
        Err(errors)
    }
}

/// The RUS's målområden: id, name and their weight in the scenario (its own override, else the
/// strategy file's).
pub(crate) fn areas_of(p: &Portfolio) -> Vec<(String, String, f64)> {
    p.strategy
        .nodes()
        .filter(|n| n.level == Level::Malomrade)
        .map(|n| {
            let written = p
                .scenario
                .weights
                .strategy
                .iter()
                .rev()
                .find_map(|(sel, w, _)| {
                    matches!(sel, EdgeSelector::From(id) if *id == n.id).then_some(*w)
                });
            let w = written.unwrap_or_else(|| n.parents.first().map_or(1.0, |x| x.1));
            (n.id.clone(), n.name.clone(), w)
        })
        .collect()
}

/// A number written the Swedish or the English way ("0,5", "0.5", "35").
/// A number as typed into a form: spaces group thousands, and a comma is the decimal mark
/// unless (in English) it groups thousands ("1,000.5"); a point is always the decimal mark.
fn form_decimal(text: &str) -> Option<f64> {
    let text = text.replace([' ', '\u{a0}'], "");
    let int_part = text.split('.').next().unwrap_or("");
    let groups: Vec<&str> = int_part.split(',').collect();
    let grouping = crate::i18n::current() == crate::i18n::Lang::En
        && groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3);
    let v: f64 = if grouping {
        text.replace(',', "")
    } else {
        text.replace(',', ".")
    }
    .parse()
    .ok()?;
    v.is_finite().then_some(v)
}

/// The form's value for a field: what was submitted, else the scenario's own value.
fn value(q: &Params, field: &str, fallback: impl FnOnce() -> String) -> String {
    match q.get(field) {
        Some(v) => v.to_string(),
        None if q.get("simulera").is_some() => String::new(),
        None => fallback(),
    }
}

fn lock_lines(locks: &[Lock]) -> String {
    locks
        .iter()
        .map(|l| match &l.reason {
            Some(r) => format!("{} {r}", l.id),
            None => l.id.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn form(ctx: &Ctx, q: &Params, errors: &[FieldError], simulated: bool) -> Markup {
    let s = &ctx.p().scenario;
    let error_for = |field: &str| -> Vec<&str> {
        errors
            .iter()
            .filter(|e| e.field == field)
            .map(|e| e.message.as_str())
            .collect()
    };
    let field_errors = |field: &str, id: &str| -> Markup {
        let list = error_for(field);
        html! {
            @if !list.is_empty() {
                ul.field-errors id=(format!("{id}-fel")) { @for m in list { li { (m) } } }
            }
        }
    };
    let described = |field: &str, id: &str| -> Option<String> {
        (!error_for(field).is_empty()).then(|| format!("{id}-fel"))
    };
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" aria-labelledby="fel-rubrik" {
                h2 id="fel-rubrik" { (t::FORM_ERRORS) }
                ul { @for e in errors { li { (e.message) } } }
            }
        }
        p { (t::SCENARIOS_INTRO) }
        form.scenario method="get" action="/scenarier" {
            (crate::web::view::lang_field())
            input type="hidden" name="scenario" value=(ctx.s.key);
            input type="hidden" name="simulera" value="1";
            fieldset {
                legend { (t::BUDGETS_LEGEND) }
                @for pot in s.budget_written.keys() {
                    @let field = format!("budget.{}", pot.key());
                    @let id = format!("f-budget-{}", pot.key());
                    div.field {
                        label for=(id) { (pot.name()) " " (s.year) }
                        input id=(id) name=(field) type="text" inputmode="decimal" autocomplete="off"
                            aria-describedby=[described(&field, &id)]
                            aria-invalid=[(!error_for(&field).is_empty()).then_some("true")]
                            value=(value(q, &field, || s.budget(*pot).unwrap_or_default().to_input_string()));
                        (field_errors(&field, &id))
                    }
                }
                p.hint { (t::BUDGET_HINT) }
            }
            fieldset {
                legend { (t::WEIGHTS_LEGEND) }
                @for part in PARTS {
                    @let field = format!("vikt.{}", part.key());
                    @let id = format!("f-vikt-{}", part.key());
                    div.field {
                        label for=(id) { (part.name()) }
                        input id=(id) name=(field) type="text" inputmode="decimal" autocomplete="off"
                            aria-describedby=[described(&field, &id)]
                            aria-invalid=[(!error_for(&field).is_empty()).then_some("true")]
                            value=(value(q, &field, || num(s.weights.parts.get(&part).copied().unwrap_or(0.0), 2)));
                        (field_errors(&field, &id))
                    }
                }
                p.hint { (t::WEIGHTS_HINT) }
            }
            fieldset {
                legend { (t::AREAS_LEGEND) }
                @for (id, name, w) in areas_of(ctx.p()) {
                    @let field = format!("omrade.{id}");
                    @let input_id = format!("f-omrade-{}", id.replace('.', "-"));
                    div.field {
                        label for=(input_id) { (name) }
                        input id=(input_id) name=(field) type="text" inputmode="decimal" autocomplete="off"
                            aria-describedby=[described(&field, &input_id)]
                            aria-invalid=[(!error_for(&field).is_empty()).then_some("true")]
                            value=(value(q, &field, || num(w, 2)));
                        (field_errors(&field, &input_id))
                    }
                }
                p.hint { (t::AREAS_HINT) }
            }
            fieldset {
                legend { (t::RULES_LEGEND) }
                div.field {
                    label for="f-min" { (t::MIN_SCORE_LABEL) }
                    input id="f-min" name="min_score" type="text" inputmode="decimal" autocomplete="off"
                        aria-describedby=[described("min_score", "f-min")]
                        value=(value(q, "min_score", || s.min_score.map(|v| num(v, 1)).unwrap_or_default()));
                    (field_errors("min_score", "f-min"))
                }
                div.field {
                    label for="f-mal" { (t::OBJECTIVE_LABEL) }
                    @let chosen = value(q, "mal", || s.objective.key().into());
                    select id="f-mal" name="mal" aria-describedby="f-mal-hjalp" {
                        @for o in Objective::ALL {
                            option value=(o.key()) selected[chosen == o.key()] { (o.name()) }
                        }
                    }
                    ul.hint id="f-mal-hjalp" {
                        @for o in Objective::ALL {
                            li { strong { (o.name()) ": " } (o.explanation()) }
                        }
                    }
                    (field_errors("mal", "f-mal"))
                }
            }
            fieldset {
                legend { (t::LOCKS_LEGEND) }
                p.hint id="las-hjalp" { (t::LOCKS_HINT) }
                div.field.wide {
                    label for="f-must" { (t::MUST_FUND_LABEL) }
                    textarea id="f-must" name="must_fund" rows="4" aria-describedby="las-hjalp" {
                        (value(q, "must_fund", || lock_lines(&s.must_fund)))
                    }
                    (field_errors("must_fund", "f-must"))
                }
                div.field.wide {
                    label for="f-exclude" { (t::EXCLUDE_LABEL) }
                    textarea id="f-exclude" name="exclude" rows="4" aria-describedby="las-hjalp" {
                        (value(q, "exclude", || lock_lines(&s.exclude)))
                    }
                    (field_errors("exclude", "f-exclude"))
                }
                (field_errors("las", "f-las"))
            }
            button type="submit" { (t::SIMULATE) }
            @if simulated { " " a href=(ctx.link("/scenarier")) { (t::RESET_FORM) } }
        }
    }
}

fn result(ctx: &Ctx, q: &Portfolio, a: &Allocation, diff: &Comparison) -> Markup {
    let base = &ctx.s.allocation;
    let p = ctx.p();
    // Not proven within the quick limit: the same simulation with the proof asked for.
    let prove = (a.status == crate::optimise::Status::Feasible
        && ctx.params.get("bevisa").is_none())
    .then(|| {
        let mut pairs = ctx.params.without(&["bevisa"]);
        pairs.push(("bevisa".to_string(), "1".to_string()));
        format!("/scenarier{}", crate::web::params::query(&pairs))
    });
    let download = |ext: &str| {
        let mut pairs = ctx.params.without(&["hamta"]);
        pairs.push(("hamta".to_string(), ext.to_string()));
        format!("/scenarier{}", crate::web::params::query(&pairs))
    };
    let title = |id: &str| {
        q.application(id)
            .map(|(x, _)| x.title.clone())
            .unwrap_or_default()
    };
    let sum = |a: &Allocation, pick: fn(&crate::optimise::PotSummary) -> Sek| -> Sek {
        a.pots.values().map(pick).sum()
    };
    let mean = crate::web::pages::mean_score;
    // Scores compare only where every application is scored the same way in both.
    let same_measure = crate::web::pages::same_scores(p, q);
    let before: BTreeMap<usize, Sek> = base.funded.iter().map(|f| (f.app, f.amount)).collect();
    html! {
        section aria-labelledby="resultat" {
            h2 id="resultat" { (t::RESULT_HEADING) }
            p role="status" { (status_sentence(a)) }
            (crate::web::pages::strategy_paragraph(a.strategy))
            @if let Some(href) = &prove {
                p { a href=(href) { (t::prove_link(p.scenario.time_limit)) } }
            }
            (view::scroll(t::RESULT_SUMMARY.text(), html! {
                table {
                    caption { (t::RESULT_SUMMARY) }
                    thead { tr {
                        th scope="col" { (t::WHAT) }
                        th scope="col" class="num" { (t::RESULT_START) }
                        th scope="col" class="num" { (t::RESULT_NEW) }
                        th scope="col" class="num" { (t::CHANGE) }
                    } }
                    tbody {
                        tr {
                            th scope="row" { (t::RESULT_GRANTED_COUNT) }
                            td.num { (base.funded.len()) }
                            td.num { (a.funded.len()) }
                            td.num { (signed(a.funded.len() as i64 - base.funded.len() as i64)) }
                        }
                        @let (s0, s1) = (sum(base, |x| x.allocated), sum(a, |x| x.allocated));
                        tr {
                            th scope="row" { (t::RESULT_GRANTED_SUM) }
                            td.num { (Kr(s0)) }
                            td.num { (Kr(s1)) }
                            td.num { (crate::web::pages::compare::signed(s1.decimal() - s0.decimal())) }
                        }
                        @let (r0, r1) = (sum(base, |x| x.remaining), sum(a, |x| x.remaining));
                        tr {
                            th scope="row" { (t::RESULT_LEFT_SUM) }
                            td.num { (Kr(r0)) }
                            td.num { (Kr(r1)) }
                            td.num { (crate::web::pages::compare::signed(r1.decimal() - r0.decimal())) }
                        }
                        @if same_measure && let (Some(m0), Some(m1)) = (mean(base), mean(a)) {
                            tr {
                                th scope="row" { (t::MEAN_SCORE) }
                                td.num { (num(m0, 1)) }
                                td.num { (num(m1, 1)) }
                                td.num { (num(m1 - m0, 1)) }
                            }
                        }
                        tr {
                            th scope="row" { (t::RESULT_STRATEGY) }
                            td.num { (base.strategy.name()) }
                            td.num { (a.strategy.name()) }
                            td {}
                        }
                    }
                }
            }))
            @if !same_measure { p.note { (t::RESULT_OTHER_MEASURE) } }
            p.downloads {
                (t::RESULT_DOWNLOAD) " "
                a href=(download("xlsx")) { "Excel (xlsx)" } " · "
                a href=(download("csv")) { "CSV" }
            }
            h3 { (t::DIFF_HEADING) }
            @if diff.is_empty() {
                p { (t::NO_DIFFERENCE) }
            } @else {
                (change_list(t::ENTERED.text(), &diff.entered, &title, ctx))
                (change_list(t::LEFT.text(), &diff.left, &title, ctx))
                @if !diff.changed.is_empty() {
                    h4 { (t::CHANGED) }
                    ul { @for c in &diff.changed { li { (c.id) " " (title(&c.id)) ": " (Kr(c.a)) " → " (Kr(c.b)) } } }
                }
                (crate::web::pages::compare::moved_table(diff, crate::compare::Dimension::Pot, t::MOVED_BY_POT.text()))
            }
            @if !a.overrides.is_empty() {
                h3 { (t::OVERRIDES_HEADING) }
                p.hint { (t::OVERRIDES_HINT) }
                ul {
                    @for o in &a.overrides {
                        li { (view::Prose(&o.effect(q).render())) }
                    }
                }
            }
            (view::pots_table(a, t::RESULT_POTS.text()))
            h3 { (t::result_all(a.funded.len())) }
            (view::scroll(t::RESULT_ALL_CAPTION.text(), html! {
                table {
                    caption { (t::RESULT_ALL_CAPTION) }
                    thead { tr {
                        th scope="col" { (t::COL_ID) }
                        th scope="col" { (t::COL_TITLE) }
                        th scope="col" { (t::POT) }
                        th scope="col" class="num" { (t::COL_SCORE) }
                        th scope="col" class="num" { (t::RESULT_GRANTED_SUM) }
                        th scope="col" { (t::RESULT_VERSUS) }
                    } }
                    tbody {
                        @for f in &a.funded {
                            @let app = &q.applications[f.app];
                            tr {
                                td.nw { a href=(ctx.link(&format!("/ansokan/{}", app.id))) { (app.id) } }
                                td { (app.title) }
                                td { (app.support.name()) }
                                td.num { (num(f.score, 1)) }
                                td.num { (Kr(f.amount)) }
                                td {
                                    @match before.get(&f.app) {
                                        None => strong { (t::RESULT_NEW_ENTRY) },
                                        Some(b) if *b == f.amount => (t::RESULT_SAME),
                                        Some(b) => (t::result_changed(&b.to_kr_string())),
                                    }
                                }
                            }
                        }
                    }
                }
            }))
            @if ctx.state.0.access.can_save() {
                (save_form(ctx))
            }
        }
    }
}

/// A whole number with its sign ("+2", "−1", "0").
fn signed(n: i64) -> String {
    match n {
        0 => "0".to_string(),
        n if n > 0 => format!("+{n}"),
        n => format!("\u{2212}{}", n.unsigned_abs()),
    }
}

fn change_list(
    heading: &str,
    list: &[(String, Sek)],
    title: &dyn Fn(&str) -> String,
    ctx: &Ctx,
) -> Markup {
    html! {
        @if !list.is_empty() {
            h4 { (heading) }
            ul { @for (id, amount) in list { li { a href=(ctx.link(&format!("/ansokan/{id}"))) { (id) } " " (title(id)) ": " (Kr(*amount)) } } }
        }
    }
}

fn save_form(ctx: &Ctx) -> Markup {
    let keep: Vec<(String, String)> = ctx.params.without(&["namn", "fil", "csrf"]);
    html! {
        form.save method="post" action=(crate::web::view::link("/scenarier/spara", None, "")) {
            h3 { (t::SAVE_HEADING) }
            input type="hidden" name="csrf" value=(ctx.viewer.csrf);
            @for (k, v) in &keep { input type="hidden" name=(k) value=(v); }
            div.field {
                label for="f-namn" { (t::SAVE_NAME) }
                input id="f-namn" name="namn" type="text" required maxlength="200";
            }
            div.field {
                label for="f-fil" { (t::SAVE_FILE) }
                input id="f-fil" name="fil" type="text" required pattern="[a-z0-9-]{1,60}" maxlength="60" aria-describedby="fil-hjalp";
                p.hint id="fil-hjalp" { (t::SAVE_FILE_HINT) }
            }
            button type="submit" { (t::SAVE_BUTTON) }
        }
    }
}

/// `POST /scenarier/spara`: writes the form's scenario as a new file beside its base and opens it.
pub async fn save(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<String, axum::extract::rejection::StringRejection>,
) -> Result<Response, AppError> {
    let (ctx, _) = Ctx::for_save(&state, body, &headers)?;
    let name = ctx
        .params
        .get("namn")
        .filter(|n| {
            n.chars().count() <= 200 && !n.trim().is_empty() && !n.chars().any(char::is_control)
        })
        .ok_or_else(|| AppError::BadRequest(t::SAVE_NAME_MISSING.to_string()))?
        .to_string();
    let stem = ctx
        .params
        .get("fil")
        .filter(|f| {
            // Not "-" or "--" (a file name a shell reads as a flag): a letter or digit first
            // and last.
            let edge =
                |b: Option<u8>| b.is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
            f.len() <= 60
                && edge(f.bytes().next())
                && edge(f.bytes().last())
                && f.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        .ok_or_else(|| AppError::BadRequest(t::SAVE_FILE_BAD.to_string()))?
        .to_string();
    let changes = match read(&ctx.params, ctx.p()) {
        Ok(c) => c,
        Err(errors) => return Ok(invalid(&ctx, &errors)),
    };
    if let Err(errors) = simulate_changes(&ctx, &changes).await? {
        return Ok(invalid(&ctx, &errors));
    }
    let dir = ctx
        .s
        .file
        .parent()
        .map(FsPath::to_path_buf)
        .unwrap_or_default();
    let target = dir.join(format!("{stem}.yaml"));
    let base_name = ctx
        .s
        .file
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("bas.yaml")
        .to_string();
    let text =
        crate::files::scenario::write_derived(&name, &base_name, &ctx.p().scenario, &changes);
    let year = ctx.s.key.split('/').next().unwrap_or("").to_string();
    let key = format!("{year}/{stem}");
    let s = ctx.s.clone();
    let written: Result<Loaded, AppError> = blocking(&state, state.0.work_limit * 2, move || {
        write_new(&target, &text)?;
        Loaded::load(key, &target).map_err(|problems| {
            // The file we wrote does not load: take it back rather than leave a broken scenario.
            let _ = std::fs::remove_file(&target);
            let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
            AppError::Internal(format!("{}: {}", s.key, lines.join("; ")))
        })
    })
    .await?;
    let loaded = written?;
    let key = loaded.key.clone();
    state.insert(loaded);
    if let Some(new) = state.scenario(Some(&key)) {
        state.want_detail(&new);
    }
    // The overview of the new scenario says that it was saved, and where.
    let location = format!("{}&sparat=1", crate::web::view::link("/", Some(&key), ""));
    Ok(crate::web::redirect(&location))
}

/// Writes a new scenario file, never overwriting one (not even in a race).
fn write_new(target: &FsPath, text: &str) -> Result<(), AppError> {
    let exists = || {
        AppError::BadRequest(t::file_exists(
            target.file_name().and_then(|n| n.to_str()).unwrap_or(""),
        ))
    };
    if target.exists() {
        return Err(exists());
    }
    match crate::files::write::new_file(target, text.as_bytes()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(exists()),
        Err(e) => Err(AppError::Internal(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_yaml_escapes_what_would_end_the_string() {
        assert_eq!(
            crate::files::yaml::quoted("a\"b\\c\nd"),
            "\"a\\\"b\\\\c\\nd\""
        );
    }

    #[test]
    fn swedish_and_english_decimals_are_read() {
        assert_eq!(form_decimal("0,5"), Some(0.5));
        assert_eq!(form_decimal("0.25"), Some(0.25));
        assert_eq!(form_decimal("NaN"), None);
        assert_eq!(form_decimal("1 000,5"), Some(1000.5));
        crate::i18n::with(crate::i18n::Lang::En, || {
            assert_eq!(form_decimal("1,000.50"), Some(1000.5));
            assert_eq!(
                form_decimal("0,5"),
                Some(0.5),
                "a decimal comma is not grouping"
            );
            assert_eq!(form_decimal("0.5"), Some(0.5));
        });
        assert_eq!(
            form_decimal("1,000"),
            Some(1.0),
            "in Swedish a comma is the decimal mark"
        );
        assert_eq!(form_decimal("1e400"), None);
    }
}
