//! Ansökan: one application's score traced through the strategy documents, the rules it passes
//! and breaks, who decides, and why it is or is not in the proposal — with what would change that.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use crate::application::Status;
use crate::web::assess;
use crate::web::pages::blocking;
use crate::web::params::Params;
use crate::web::state::Loaded;

use crate::ranking::{explain, rank};
use crate::text::cli as cli_msg;
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::pages::Ctx;
use crate::web::state::AppState;
use crate::web::view::{self, Kr, Nav, Prose, num};

/// What the assessment form shows besides the application's own values.
#[derive(Default)]
struct FormState {
    /// Values submitted (kept on an error or a conflict), else the application's.
    submitted: Option<Params>,
    errors: Vec<String>,
    /// The assessment as it is now, when someone else saved first.
    conflict: Option<String>,
}

pub async fn page(
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
    ctx: Ctx,
) -> Result<Markup, AppError> {
    let Path(id) = id.map_err(|_| AppError::BadRequest(t::BAD_PATH.to_string()))?;
    let index = find(&ctx, &id)?;
    Ok(render(&ctx, index, &FormState::default()))
}

fn find(ctx: &Ctx, id: &str) -> Result<usize, AppError> {
    let p = ctx.p();
    p.applications
        .iter()
        .position(|a| a.id == id)
        .ok_or_else(|| {
            let hint = crate::problem::suggestion(id, p.ids());
            AppError::NotFound(t::unknown_application(id, hint))
        })
}

fn render(ctx: &Ctx, index: usize, form: &FormState) -> Markup {
    let state = &ctx.state;
    let p = ctx.p();
    state.want_detail(&ctx.s);
    state.want_stability(&ctx.s);
    let app = &p.applications[index];
    let a = &p.assessments[index];
    let e = explain(p, a);
    let ranking = rank(p);
    let position = ranking.iter().find(|r| r.app.id == app.id).map(|r| r.rank);
    let allocation = ctx.s.best();
    let detailed = ctx.s.detailed.get().is_some();
    let funded = allocation.funded.iter().find(|f| f.app == index);
    let not_funded = allocation.not_funded.iter().find(|n| n.app == index);
    let title = format!("{} – {}", app.id, app.title);
    let body = html! {
        p { a href=(format!("/ansokningar{}", crate::web::params::query(&crate::web::pages::applications::list_pairs(ctx)))) { (t::BACK_TO_LIST) } }
        @if ctx.params.get("sparad").is_some() && form.errors.is_empty() && form.conflict.is_none() {
            p.notice role="status" { (t::ASSESS_SAVED) }
        }
        section.verdict aria-labelledby="forslaget" {
        h2 id="forslaget" { (t::WHY_HEADING) }
        @if let Some(f) = funded {
            p.verdict { span.yes { (t::VERDICT_GRANT) } ". " (Prose(&f.explanation.render())) }
            p { (cli_msg::DECIDED_BY) ": " (f.decision_body) }
            @if let Some(Some(reason)) = &f.must_fund { p { (t::must_fund_reason(reason)) } }
        } @else if let Some(n) = not_funded {
            p.verdict {
                span.no { (t::VERDICT_REJECT) }
                // An ineligible application's explanation says so itself.
                @if n.reason == crate::optimise::Reason::Ineligible { ". " } @else { " – " (n.reason.name()) ". " }
                (Prose(&n.explanation.render()))
            }
            @if !n.blocked_by.is_empty() {
                p { (t::BLOCKED_BY) }
                ul { @for b in &n.blocked_by { li { (b) } } }
            }
            @if !detailed && n.reason == crate::optimise::Reason::CrowdedOut {
                p.note role="status" { (if state.has_worker() { t::COUNTERFACTUALS_PENDING } else { t::COUNTERFACTUALS_OFF }) }
            }
        } @else {
            p { (cli_msg::NOT_A_CANDIDATE) }
        }
        @let stability = ctx.s.stability.get();
        @match stability {
            Some(s) if s.funded.contains_key(&index) => {
                p {
                    (t::stability_sentence(stability_key(s.class(index)), s.share(index), s.draws, s.spread))
                    " " a href="/ordlista#saker-osaker-och-utanfor" { (t::STABILITY_WHAT) }
                }
            }
            None if app.status.is_candidate() && state.has_worker() => { p.note role="status" { (t::STABILITY_SENTENCE_PENDING) } }
            _ => {}
        }
        }
        @if let Some(d) = &app.description { p.lead { (d) } }
        dl.facts {
            dt { (cli_msg::APPLICANT) }
            dd {
                (app.applicant.name)
                @if let Some(nr) = &app.applicant.org_nr { " (" (nr) ")" }
                " · " (app.applicant.kind.name())
            }
            dt { (cli_msg::SUPPORT) }
            dd { (app.support.name()) @if let Some(f) = app.form { " – " (f.name()) } }
            dt { (cli_msg::STATUS) }
            dd { (app.status.name()) }
            dt { (cli_msg::MUNICIPALITIES) }
            dd { (app.municipalities.join(", ")) }
            dt { (cli_msg::REQUESTED) }
            dd { (Kr(app.requested)) }
            @if let Some(c) = app.eligible_cost {
                dt { (cli_msg::ELIGIBLE_COST) } dd { (Kr(c)) }
            }
            @for c in &app.cofinancing {
                dt { (cli_msg::COFINANCING) }
                dd { (c.source) ": " (Kr(c.amount)) " (" (if c.public { cli_msg::PUBLIC } else { cli_msg::PRIVATE }) ")" }
            }
            @if app.years.len() > 1 {
                dt { (cli_msg::YEARS) }
                dd { @for (i, (y, v)) in app.years.iter().enumerate() { @if i > 0 { " · " } (y) ": " (Kr(*v)) } }
            }
            @if let Some(min) = app.partial_min {
                dt { (cli_msg::PARTIAL) } dd { (Kr(min)) }
            }
            dt { (cli_msg::DECISION_DATE) }
            dd { (app.decision_date.map_or_else(|| "–".to_string(), |d| d.to_string())) }
            dt { (cli_msg::RANK) }
            dd { (position.map_or_else(|| cli_msg::NOT_RANKED.to_string(), |r| cli_msg::rank_of(r, ranking.len()))) }
        }

        h2 { (t::SCORE_HEADING) ": " (num(e.shown, 1)) " " (cli_msg::OUT_OF_100) }
        @if e.given { p { (cli_msg::GIVEN_SCORE) } }
        @for part in &e.parts {
            h3 { (cli_msg::part_line(part.part.name(), &num(part.score, 1), &crate::i18n::percent(part.weight), &num(part.shown, 1))) }
            @if part.lines.is_empty() {
                p { (cli_msg::NO_RATINGS) }
            } @else {
                (crate::web::view::scroll(&t::lines_caption(part.part.name()).to_string(), html! {
                    table {
                        caption.visually-hidden { (t::lines_caption(part.part.name())) }
                        thead { tr {
                            th scope="col" { (t::PATH) }
                            th scope="col" class="num" { (t::RATING) }
                            th scope="col" class="num" { (t::POINTS) }
                        } }
                        tbody {
                            @for l in &part.lines {
                                tr { td { (l.path) } td.num { (l.rating) } td.num { (num(l.shown, 1)) } }
                            }
                        }
                    }
                }))
            }
            @if !part.outweighed.is_empty() {
                p { (cli_msg::OUTWEIGHED) }
                ul { @for o in &part.outweighed { li { (o) } } }
            }
        }

        h2 { (t::RULES_HEADING) }
        p { (t::rules_period(&a.eligibility.period)) }
        @if a.eligibility.eligible() {
            p.yes-text { (t::ELIGIBLE_YES) }
        } @else {
            p.no-text { (t::ELIGIBLE_NO) }
            ul { @for b in &a.eligibility.breaches { li { (b.message) " " span.sub { "(" (cli_msg::SOURCE) ": " (b.source) ")" } } } }
        }
        @if !a.eligibility.unchecked.is_empty() {
            p { (cli_msg::UNCHECKED) }
            ul { @for u in &a.eligibility.unchecked { li { (u) } } }
        }
        @if !a.eligibility.manual.is_empty() {
            p { (cli_msg::MANUAL) }
            ul { @for m in &a.eligibility.manual { li { (m.text) " " span.sub { "(" (cli_msg::SOURCE) ": " (m.source) ")" } } } }
        }
        p { (cli_msg::DECISION_BODY) ": " strong { (a.decision_body) } }

        @if state.0.access.can_save() {
            (assessment_form(ctx, index, form))
        }
    };
    view::page(
        &ctx.frame(&title, Nav::Applications, &format!("/ansokan/{}", app.id)),
        body,
    )
}

/// The ratings as the form writes them: `kpv.matchning 3, apv.energi 2`.
fn pairs_text<K: std::fmt::Display>(map: &std::collections::BTreeMap<K, u8>, sep: &str) -> String {
    map.iter()
        .map(|(k, r)| format!("{k}{sep}{r}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn assessment_form(ctx: &Ctx, index: usize, form: &FormState) -> Markup {
    let app = &ctx.p().applications[index];
    let overlay = crate::files::applications::overlay_path(&ctx.p().scenario.sources.applications);
    let version = assess::current(&overlay)
        .map(|b| assess::token(&b))
        .unwrap_or_default();
    let value = |key: &str, own: String| -> String {
        match &form.submitted {
            Some(q) => q.get(key).unwrap_or("").to_string(),
            None => own,
        }
    };
    let status = value("status", app.status.key().to_string());
    html! {
        section.assess aria-labelledby="bedomning" {
            h2 id="bedomning" { (t::ASSESS_HEADING) }
            @if let Some(now) = &form.conflict {
                div.error-summary role="alert" {
                    h3 { (t::ASSESS_CONFLICT) }
                    p { (t::assess_conflict(&app.id)) }
                    pre { (now) }
                }
            }
            @if !form.errors.is_empty() {
                div.error-summary role="alert" aria-labelledby="bedomning-fel" {
                    h3 id="bedomning-fel" { (t::FORM_ERRORS) }
                    ul { @for e in &form.errors { li { (e) } } }
                }
            }
            p { (t::ASSESS_INTRO) }
            form method="post" action=(crate::web::view::link(&format!("/ansokan/{}/bedomning", app.id), None, "")) {
                input type="hidden" name="scenario" value=(ctx.s.key);
                input type="hidden" name="version" value=(version);
                input type="hidden" name="csrf" value=(ctx.viewer.csrf);
                p.hint id="betyg-hjalp" { (t::ASSESS_HINT) }
                div.field.wide {
                    label for="f-links" { (t::ASSESS_LINKS) }
                    textarea id="f-links" name="links" rows="2" aria-describedby="betyg-hjalp" { (value("links", pairs_text(&app.links, " "))) }
                }
                div.field.wide {
                    label for="f-agenda" { (t::ASSESS_AGENDA) }
                    textarea id="f-agenda" name="agenda2030" rows="2" aria-describedby="betyg-hjalp" { (value("agenda2030", pairs_text(&app.agenda2030, ": "))) }
                }
                div.field.wide {
                    label for="f-criteria" { (t::ASSESS_CRITERIA) }
                    textarea id="f-criteria" name="criteria" rows="2" aria-describedby="betyg-hjalp" { (value("criteria", pairs_text(&app.criteria, " "))) }
                }
                div.field {
                    label for="f-status" { (t::ASSESS_STATUS) }
                    select id="f-status" name="status" {
                        @for (k, s) in Status::ALL {
                            option value=(k) selected[status == k] { (s.name()) }
                        }
                    }
                }
                @if let Some(user) = &ctx.viewer.user {
                    p { (crate::text::auth::logged_in_as(user)) }
                } @else {
                    div.field {
                        label for="f-who" { (t::ASSESS_WHO) }
                        input id="f-who" name="vem" type="text" required maxlength="100" autocomplete="name" value=(value("vem", String::new()));
                    }
                }
                div.field.wide {
                    label for="f-why" { (t::ASSESS_WHY) }
                    textarea id="f-why" name="skal" rows="2" required maxlength="1000" { (value("skal", String::new())) }
                }
                button type="submit" { (t::ASSESS_SAVE) }
            }
        }
    }
}

/// The outcome of checking and writing an assessment.
enum Saved {
    Done,
    /// Someone saved first: the assessment of this application as it is now.
    Conflict(String),
    Invalid(Vec<String>),
    Unchanged,
}

/// `POST /ansokan/{id}/bedomning`: checks the version, writes the overlay and the audit log,
/// and loads the scenarios that use these applications again.
pub async fn save(
    State(state): State<AppState>,
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
    headers: HeaderMap,
    body: Result<String, axum::extract::rejection::StringRejection>,
) -> Result<Response, AppError> {
    let body = crate::web::form_body(body)?;
    let Path(id) = id.map_err(|_| AppError::BadRequest(t::BAD_PATH.to_string()))?;
    if !state.0.access.can_save() {
        return Err(AppError::Forbidden(t::SAVE_NOT_ALLOWED.to_string()));
    }
    let ctx = Ctx::posted(&state, &body, &headers)?;
    let index = find(&ctx, &id)?;
    let q = &ctx.params;
    let mut errors = Vec::new();
    // A logged-in user is who the log names; on loopback the form asks.
    let who = match &ctx.viewer.user {
        Some(user) => user.clone(),
        None => q.get("vem").unwrap_or("").to_string(),
    };
    let why = q.get("skal").unwrap_or("").to_string();
    if who.is_empty() {
        errors.push(t::ASSESS_WHO_MISSING.to_string());
    }
    if why.is_empty() {
        errors.push(t::ASSESS_WHY_MISSING.to_string());
    }
    let mut read = |key: &str| -> Option<Vec<(String, String)>> {
        match crate::import::ratings(q.get(key).unwrap_or("")) {
            Ok(pairs) => Some(pairs),
            Err(m) => {
                errors.push(m);
                None
            }
        }
    };
    let entry = crate::files::applications::OverlayEntry {
        links: read("links"),
        agenda2030: read("agenda2030"),
        criteria: read("criteria"),
        status: q
            .choice("status", t::ASSESS_STATUS.text(), &Status::ALL)
            .map_err(|e| match e {
                AppError::BadRequest(m) => m,
                _ => String::new(),
            })
            .map_err(|m| errors.push(m))
            .ok()
            .flatten()
            .map(|s| s.key().to_string()),
    };
    let reply = |status: StatusCode, form: FormState| -> Response {
        (status, render(&ctx, index, &form)).into_response()
    };
    if !errors.is_empty() {
        return Ok(reply(
            StatusCode::BAD_REQUEST,
            FormState {
                submitted: Some(q.clone()),
                errors,
                conflict: None,
            },
        ));
    }
    let version = q.get("version").unwrap_or("").to_string();
    let s = ctx.s.clone();
    let st = state.clone();
    let app_id = id.clone();
    let saved = blocking(&state, state.0.work_limit * 2, move || {
        write_assessment(&st, &s, &app_id, entry, &version, &who, &why)
    })
    .await??;
    match saved {
        Saved::Done | Saved::Unchanged => {
            let location = format!(
                "/ansokan/{}{}",
                id,
                crate::web::params::query(&[
                    ("scenario".into(), ctx.s.key.clone()),
                    ("sparad".into(), "1".into())
                ])
            );
            Ok(crate::web::redirect(&location))
        }
        Saved::Conflict(now) => Ok(reply(
            StatusCode::CONFLICT,
            FormState {
                submitted: Some(q.clone()),
                errors: Vec::new(),
                conflict: Some(now),
            },
        )),
        Saved::Invalid(errors) => Ok(reply(
            StatusCode::BAD_REQUEST,
            FormState {
                submitted: Some(q.clone()),
                errors,
                conflict: None,
            },
        )),
    }
}

fn write_assessment(
    state: &AppState,
    s: &Loaded,
    id: &str,
    entry: crate::files::applications::OverlayEntry,
    version: &str,
    who: &str,
    why: &str,
) -> Result<Saved, AppError> {
    let p = &s.portfolio;
    let overlay = crate::files::applications::overlay_path(&p.scenario.sources.applications);
    // One save at a time: the version check and the write must not interleave.
    let _guard = state.0.edits.lock().unwrap_or_else(|e| e.into_inner());
    let bytes = assess::current(&overlay).map_err(|e| AppError::Internal(e.to_string()))?;
    let mut entries = crate::files::applications::overlay_entries(&bytes, &overlay);
    if assess::token(&bytes) != version {
        let now = crate::files::applications::write_overlay(
            &entries
                .get(id)
                .map(|e| std::iter::once((id.to_string(), e.clone())).collect())
                .unwrap_or_default(),
        );
        return Ok(Saved::Conflict(
            now.lines()
                .filter(|l| !l.starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n"),
        ));
    }
    if entries.get(id) == Some(&entry) {
        return Ok(Saved::Unchanged);
    }
    entries.insert(id.to_string(), entry.clone());
    let text = crate::files::applications::write_overlay(&entries);
    // Check the new overlay exactly as loading will, in every scenario that reads these
    // applications (a status changed here may break another scenario's must_fund): over the
    // applications, scored and judged.
    let file: std::sync::Arc<str> = std::sync::Arc::from(overlay.display().to_string().as_str());
    let applications = p.scenario.sources.applications.clone();
    let affected: Vec<std::sync::Arc<Loaded>> = state
        .list()
        .into_iter()
        .filter_map(|(key, _)| state.scenario(Some(&key)))
        .filter(|o| o.portfolio.scenario.sources.applications == applications)
        .collect();
    let mut problems: Vec<String> = Vec::new();
    for o in &affected {
        let q = &o.portfolio;
        let mut d = crate::problem::Diag::new();
        let mut apps = q.applications.clone();
        let criteria = q.rules.all_criteria();
        let refs = crate::files::applications::Refs {
            strategy: &q.strategy,
            agenda: &q.agenda,
            criteria: criteria.keys().copied().collect(),
            year: q.scenario.year,
        };
        if let Some(root) = crate::files::parse_yaml(&text, &file, &mut d) {
            crate::files::applications::apply_overlay(&root, &refs, &mut apps, &mut d);
        }
        let mut found: Vec<String> = d
            .into_sorted()
            .into_iter()
            .filter(|x| x.severity == crate::problem::Severity::Error)
            .map(|x| x.message.render())
            .collect();
        if found.is_empty()
            && let Err(ps) = q.rebuild(q.scenario.clone(), apps)
        {
            found.extend(
                ps.into_iter()
                    .filter(|x| x.severity == crate::problem::Severity::Error)
                    .map(|x| t::in_scenario(&q.scenario.name, &x.message.render())),
            );
        }
        for m in found {
            if !problems.contains(&m) {
                problems.push(m);
            }
        }
    }
    if !problems.is_empty() {
        return Ok(Saved::Invalid(problems));
    }
    let what = crate::files::applications::write_overlay(
        &std::iter::once((id.to_string(), entry)).collect(),
    )
    .lines()
    .filter(|l| !l.starts_with('#') && !l.starts_with("- id"))
    .map(str::trim)
    .collect::<Vec<_>>()
    .join(" · ");
    // The audit line first: a change may be logged and (killed in between) not made, but
    // never made and not logged.
    assess::audit(&overlay, who, id, &what, why).map_err(|e| AppError::Internal(e.to_string()))?;
    crate::files::write::keeping_previous(&overlay, text.as_bytes())
        .map_err(|e| AppError::Internal(e.to_string()))?;
    // Every scenario that reads these applications is loaded and optimised again.
    for o in &affected {
        match Loaded::load(o.key.clone(), &o.file) {
            Ok(l) => state.insert(l),
            Err(ps) => {
                let lines: Vec<String> = ps.iter().map(ToString::to_string).collect();
                return Err(AppError::Internal(format!(
                    "{}: {}",
                    o.key,
                    lines.join("; ")
                )));
            }
        }
    }
    Ok(Saved::Done)
}

/// The stability class as the key the sentence chooses by.
fn stability_key(class: crate::stability::Class) -> &'static str {
    match class {
        crate::stability::Class::Saker => "saker",
        crate::stability::Class::Osaker => "osaker",
        crate::stability::Class::Utanfor => "utanfor",
    }
}
