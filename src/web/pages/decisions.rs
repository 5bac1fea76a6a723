//! Beslut: recording a meeting's decisions in the browser. The handläggare chooses the body;
//! the form is filled in from the proposal (granted with the proposed amount, or rejected with
//! the proposal's reason) and records, per application, what the body decided, with a reason
//! for every change. Checked as loading will check it in every scenario that reads the same
//! applications, written under the edit lock with a version check against lost updates, an
//! audit line per decision and the previous file kept (`web::decide`). The page also lists the
//! decisions recorded so far.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use crate::date::Date;
use crate::money::Sek;
use crate::text::web as t;
use crate::web::decide::{self, Choice, Field, Meeting, Proposed, Refused};
use crate::web::error::AppError;
use crate::web::pages::{Ctx, FieldNotes, MAX_WHO, blocking};
use crate::web::params::Params;
use crate::web::state::AppState;
use crate::web::view::{self, Kr, Nav};

/// The longest reason, case number and body name the form takes.
const MAX_REASON: usize = 1000;
const MAX_CASE: usize = 100;

/// What the form shows after a refused save: the values sent and their problems.
#[derive(Default)]
struct FormState {
    submitted: Option<Params>,
    /// (HTML id of the field, or none for the meeting as a whole; message)
    errors: Vec<(Option<String>, String)>,
    conflict: bool,
}

/// `GET /beslut`.
pub async fn page(ctx: Ctx) -> Result<Markup, AppError> {
    Ok(render(&ctx, &FormState::default()))
}

/// The HTML ids of one row's fields (by its place in the form, never by its id text).
fn ids(row: usize) -> [String; 4] {
    [
        format!("r{row}"),
        format!("r{row}-beslut"),
        format!("r{row}-belopp"),
        format!("r{row}-skal"),
    ]
}

fn render(ctx: &Ctx, form: &FormState) -> Markup {
    let p = ctx.p();
    // The proposal without counterfactuals, as `anslag decide` reads it: the same
    // allocation, and a rejection's reason without what an increase would need.
    let a = &ctx.s.allocation;
    let bodies = decide::bodies(p, a);
    let value = |name: &str| -> Option<String> {
        form.submitted
            .as_ref()
            .and_then(|q| q.get(name))
            .map(str::to_string)
    };
    let chosen = value("organ").or_else(|| ctx.params.get("organ").map(str::to_string));
    let body = chosen
        .as_deref()
        .and_then(|c| bodies.iter().find(|b| b.as_str() == c));
    let recorded: Vec<&crate::application::Application> = p
        .applications
        .iter()
        .filter(|x| x.decision.is_some())
        .collect();
    let file = crate::files::decisions::path(&p.scenario.sources.applications);
    let file_name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let can_save = ctx.state.0.access.can_save();
    let title = t::DECISIONS_TITLE.to_string();
    let html_body = html! {
        @if let Some(notice) = saved_notice(ctx) { (notice) }
        @if form.conflict {
            div.error-summary id="beslut-fel" role="alert" tabindex="-1" autofocus {
                p { (t::DECISIONS_CONFLICT) }
            }
        }
        p.lead { (t::DECISIONS_INTRO) }
        p { (t::decisions_file(&file_name)) }
        @if can_save {
            form.search method="get" action="/beslut" {
                @if ctx.s.key != ctx.default_key {
                    input type="hidden" name="scenario" value=(ctx.s.key);
                }
                (view::lang_field())
                label for="organ" { (t::DECISIONS_BODY) }
                select id="organ" name="organ" {
                    @for b in &bodies {
                        option value=(b) selected[Some(b) == body] { (b) }
                    }
                }
                button type="submit" { (t::DECISIONS_SHOW) }
            }
            @if bodies.is_empty() {
                p { (t::DECISIONS_NOTHING_LEFT) }
            }
            @if let Some(body) = body {
                (meeting_form(ctx, body, &decide::proposed(p, a, body), form))
            }
        } @else {
            p { (t::DECISIONS_READ_ONLY) }
        }
        (recorded_section(ctx, &recorded))
    };
    view::page(&ctx.frame(&title, Nav::Decisions, "/beslut"), html_body)
}

/// The form of one meeting: date, case number, who, then one row per application.
fn meeting_form(ctx: &Ctx, body: &str, proposed: &[Proposed], form: &FormState) -> Markup {
    let p = ctx.p();
    let value = |name: &str, default: &str| -> String {
        form.submitted
            .as_ref()
            .map(|q| q.get(name).unwrap_or("").to_string())
            .unwrap_or_else(|| default.to_string())
    };
    let notes = FieldNotes::new(
        form.errors
            .iter()
            .map(|(id, m)| (id.as_deref(), m.as_str())),
    );
    let version = if form.conflict {
        String::new()
    } else {
        value("version", &current_version(p))
    };
    let version = if version.is_empty() {
        current_version(p)
    } else {
        version
    };
    let granted_total: Sek = proposed.iter().map(|x| x.amount).sum();
    let n_proposed = proposed.iter().filter(|x| !x.amount.is_zero()).count();
    html! {
        section aria-labelledby="mote" {
            h2 id="mote" { (t::decisions_meeting(body)) }
            @if !form.errors.is_empty() {
                div.error-summary id="beslut-fel" role="alert" tabindex="-1" autofocus aria-labelledby="beslut-fel-rubrik" {
                    h3 id="beslut-fel-rubrik" { (t::DECISIONS_ERRORS) }
                    ul { @for (id, m) in &form.errors {
                        li { @match id { Some(f) => { a href=(format!("#{f}")) { (m) } }, None => { (m) } } }
                    } }
                }
            }
            p { (t::decisions_proposal(n_proposed, proposed.len(), granted_total)) }
            form.decisions method="post" action="/beslut#beslut-fel" novalidate {
                input type="hidden" name="scenario" value=(ctx.s.key);
                input type="hidden" name="csrf" value=(ctx.viewer.csrf);
                input type="hidden" name="organ" value=(body);
                input type="hidden" name="version" value=(version);
                (view::lang_field())
                div.field {
                    label for="f-datum" { (t::DECISIONS_DATE) }
                    p.hint id="f-datum-hjalp" { (t::DECISIONS_DATE_HINT) }
                    (notes.list("f-datum"))
                    input id="f-datum" name="datum" type="date" required
                        aria-describedby=[notes.described("f-datum", Some("f-datum-hjalp"))]
                        aria-invalid=[notes.invalid("f-datum")] value=(value("datum", ""));
                }
                div.field {
                    label for="f-dnr" { (t::DECISIONS_CASE) }
                    p.hint id="f-dnr-hjalp" { (t::DECISIONS_CASE_HINT) }
                    (notes.list("f-dnr"))
                    input id="f-dnr" name="diarienummer" type="text" maxlength=(MAX_CASE)
                        aria-describedby=[notes.described("f-dnr", Some("f-dnr-hjalp"))]
                        aria-invalid=[notes.invalid("f-dnr")] value=(value("diarienummer", ""));
                }
                (crate::web::pages::who_field(ctx, &notes, &value("vem", "")))
                @for (row, x) in proposed.iter().enumerate() {
                    @let app = &p.applications[x.app];
                    @let [fs, beslut, belopp, skal] = ids(row);
                    @let default_decision = if x.amount.is_zero() { "avslagen" } else { "beviljad" };
                    @let decision = value(&format!("beslut.{}", app.id), default_decision);
                    @let default_amount = if x.amount.is_zero() { app.requested } else { x.amount };
                    @let amount = value(&format!("belopp.{}", app.id), &default_amount.to_input_string());
                    fieldset.decision id=(fs) {
                        legend {
                            a href=(ctx.link(&format!("/ansokan/{}", app.id))) { (app.id) } " " (app.title)
                        }
                        p.sub {
                            (app.applicant.name) ". " (t::decisions_requested(app.requested)) " "
                            @if x.amount.is_zero() {
                                (t::DECISIONS_NOT_PROPOSED) " " (x.why)
                            } @else {
                                (t::decisions_proposed(x.amount))
                            }
                        }
                        (notes.list(&beslut))
                        div.choices id=(beslut) {
                            label {
                                input type="radio" name=(format!("beslut.{}", app.id)) value="beviljad" checked[decision == "beviljad"];
                                " " (t::DECISIONS_GRANTED)
                            }
                            label {
                                input type="radio" name=(format!("beslut.{}", app.id)) value="avslagen" checked[decision == "avslagen"];
                                " " (t::DECISIONS_REJECTED)
                            }
                        }
                        div.field {
                            label for=(belopp) { (t::DECISIONS_AMOUNT) }
                            (notes.list(&belopp))
                            input id=(belopp) name=(format!("belopp.{}", app.id)) type="text" inputmode="numeric" maxlength="40"
                                aria-describedby=[notes.described(&belopp, None)] aria-invalid=[notes.invalid(&belopp)] value=(amount);
                        }
                        div.field.wide {
                            label for=(skal) { (t::DECISIONS_REASON) }
                            p.hint id=(format!("{skal}-hjalp")) { (t::DECISIONS_REASON_HINT) }
                            (notes.list(&skal))
                            textarea id=(skal) name=(format!("skal.{}", app.id)) rows="2" maxlength=(MAX_REASON)
                                aria-describedby=[notes.described(&skal, Some(&format!("{skal}-hjalp")))]
                                aria-invalid=[notes.invalid(&skal)] { (value(&format!("skal.{}", app.id), "")) }
                        }
                    }
                }
                button type="submit" { (t::DECISIONS_SAVE) }
            }
        }
    }
}

/// The decisions recorded so far, newest meeting first.
fn recorded_section(ctx: &Ctx, recorded: &[&crate::application::Application]) -> Markup {
    let mut rows: Vec<&&crate::application::Application> = recorded.iter().collect();
    rows.sort_by(|a, b| {
        let (da, db) = (a.decision.as_ref(), b.decision.as_ref());
        db.map(|d| d.date)
            .cmp(&da.map(|d| d.date))
            .then(a.id.cmp(&b.id))
    });
    let granted: Vec<&&&crate::application::Application> = rows
        .iter()
        .filter(|a| a.decision.as_ref().is_some_and(|d| d.granted))
        .collect();
    let amount: Sek = granted.iter().map(|a| a.granted()).sum();
    html! {
        section aria-labelledby="forda" {
            h2 id="forda" { (t::DECISIONS_RECORDED) }
            @if rows.is_empty() {
                p { (t::DECISIONS_NONE_RECORDED) }
            } @else {
                p { (t::decisions_recorded_count(granted.len(), amount, rows.len() - granted.len())) }
                (view::scroll(t::DECISIONS_RECORDED.text(), html! {
                    table {
                        caption.visually-hidden { (t::DECISIONS_RECORDED) }
                        thead { tr {
                            th scope="col" { (t::DECISIONS_COL_APPLICATION) }
                            th scope="col" { (t::DECISIONS_COL_DECISION) }
                            th scope="col" class="num" { (t::DECISIONS_COL_AMOUNT) }
                            th scope="col" { (t::DECISIONS_COL_MEETING) }
                            th scope="col" { (t::DECISIONS_COL_REASON) }
                        } }
                        tbody { @for a in &rows {
                            @if let Some(d) = &a.decision {
                                tr {
                                    td { a href=(ctx.link(&format!("/ansokan/{}", a.id))) { (a.id) } br; span.sub { (a.title) } }
                                    td { @if d.granted { (t::DECISIONS_GRANTED) } @else { (t::DECISIONS_REJECTED) } }
                                    td.num { @if d.granted { (Kr(d.amount)) } @else { "–" } }
                                    td { (d.body) br; span.sub { (d.date) @if !d.case_number.is_empty() { ", " (d.case_number) } } }
                                    td {
                                        // Where the body departed from the proposal, what it was.
                                        @if let Some(p) = d.proposed.filter(|p| *p != d.amount) {
                                            span.sub { (t::decisions_was_proposed(p)) } br;
                                        }
                                        (d.reason)
                                    }
                                }
                            }
                        } }
                    }
                }))
            }
        }
    }
}

/// The version token of the decisions file as it is now.
fn current_version(p: &crate::portfolio::Portfolio) -> String {
    let file = crate::files::decisions::path(&p.scenario.sources.applications);
    crate::web::assess::token(&crate::web::assess::current(&file).unwrap_or_default())
}

/// The notice after a save, from the query.
fn saved_notice(ctx: &Ctx) -> Option<Markup> {
    let q = &ctx.params;
    let granted: usize = q.get("beviljade")?.parse().ok()?;
    let rejected: usize = q.get("avslagna")?.parse().ok()?;
    let changed: usize = q.get("andrade").and_then(|v| v.parse().ok()).unwrap_or(0);
    let amount = Sek::kr(q.get("belopp")?.parse().ok()?);
    Some(html! {
        div.notice id="sparat" role="status" tabindex="-1" {
            p { strong { (t::DECISIONS_SAVED) } }
            p { (t::decisions_saved(granted, amount, rejected, changed)) }
        }
    })
}

/// `POST /beslut`: one meeting's decisions, checked, written and logged.
pub async fn save(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<String, axum::extract::rejection::StringRejection>,
) -> Result<Response, AppError> {
    let (ctx, raw) = Ctx::for_save(&state, body, &headers)?;
    let q = ctx.params.clone();
    // A form read before someone else's save is a conflict before anything else (its rows may
    // no longer be the body's candidates); `decide::save` checks again under the lock.
    if q.get("version") != Some(current_version(ctx.p()).as_str()) {
        return Ok((
            StatusCode::CONFLICT,
            render(
                &ctx,
                &FormState {
                    submitted: Some(q.clone()),
                    errors: Vec::new(),
                    conflict: true,
                },
            ),
        )
            .into_response());
    }
    let p = ctx.p();
    // The proposal without counterfactuals, as `anslag decide` reads it: the same
    // allocation, and a rejection's reason without what an increase would need.
    let a = &ctx.s.allocation;
    let bodies = decide::bodies(p, a);
    let Some(organ) = q
        .get("organ")
        .and_then(|o| bodies.iter().find(|b| b.as_str() == o))
        .cloned()
    else {
        return Err(AppError::BadRequest(t::DECISIONS_UNKNOWN_BODY.to_string()));
    };
    let proposed = decide::proposed(p, a, &organ);
    let mut errors: Vec<(Option<String>, String)> = Vec::new();
    let date_text = q.get("datum").unwrap_or("").trim();
    let date = if date_text.is_empty() {
        errors.push((
            Some("f-datum".into()),
            t::DECISIONS_DATE_MISSING.to_string(),
        ));
        None
    } else {
        match date_text.parse::<Date>() {
            Ok(d) => Some(d),
            Err(()) => {
                errors.push((Some("f-datum".into()), t::decisions_bad_date(date_text)));
                None
            }
        }
    };
    let case_number = q.get("diarienummer").unwrap_or("").trim().to_string();
    if case_number.chars().count() > MAX_CASE {
        errors.push((
            Some("f-dnr".into()),
            t::too_long(t::DECISIONS_CASE.text(), MAX_CASE),
        ));
    }
    let who = match &ctx.viewer.user {
        Some(user) => user.clone(),
        None => q.get("vem").unwrap_or("").trim().to_string(),
    };
    if who.is_empty() {
        errors.push((Some("f-who".into()), t::ASSESS_WHO_MISSING.to_string()));
    } else if who.chars().count() > MAX_WHO {
        errors.push((
            Some("f-who".into()),
            t::too_long(t::ASSESS_WHO.text(), MAX_WHO),
        ));
    }
    let mut choices: Vec<Choice> = Vec::new();
    for (row, x) in proposed.iter().enumerate() {
        let app = &p.applications[x.app];
        let [_, beslut, belopp, skal] = ids(row);
        let reason = q
            .get(&format!("skal.{}", app.id))
            .unwrap_or("")
            .trim()
            .to_string();
        if reason.chars().count() > MAX_REASON {
            errors.push((
                Some(skal),
                t::too_long(t::DECISIONS_REASON.text(), MAX_REASON),
            ));
            continue;
        }
        let granted = match q.get(&format!("beslut.{}", app.id)) {
            Some("beviljad") => true,
            Some("avslagen") => false,
            _ => {
                errors.push((Some(beslut), t::decisions_choose(&app.id)));
                continue;
            }
        };
        let amount = if granted {
            let text = q.get(&format!("belopp.{}", app.id)).unwrap_or("").trim();
            if text.is_empty() {
                errors.push((Some(belopp), t::decisions_amount_missing(&app.id)));
                continue;
            }
            match Sek::parse_input(text) {
                Ok(v) => v,
                Err(_) => {
                    errors.push((Some(belopp), t::decisions_bad_amount(&app.id, text)));
                    continue;
                }
            }
        } else {
            Sek::ZERO
        };
        choices.push(Choice {
            id: app.id.clone(),
            granted,
            amount,
            reason,
        });
    }
    let meeting = date.map(|date| Meeting {
        date,
        body: organ.clone(),
        case_number,
    });
    let records = match (&meeting, errors.is_empty()) {
        (Some(m), true) => match decide::records(p, &proposed, m, &choices) {
            Ok(r) => Some(r),
            Err(problems) => {
                for (at, message) in problems {
                    let field = at.and_then(|(id, field)| {
                        let row = proposed
                            .iter()
                            .position(|x| p.applications[x.app].id == id)?;
                        let [_, beslut, belopp, skal] = ids(row);
                        Some(match field {
                            Field::Decision => beslut,
                            Field::Amount => belopp,
                            Field::Reason => skal,
                        })
                    });
                    errors.push((field, message.to_string()));
                }
                None
            }
        },
        _ => None,
    };
    let reply = |ctx: &Ctx, status: StatusCode, form: FormState| -> Response {
        (status, render(ctx, &form)).into_response()
    };
    let Some(records) = records else {
        return Ok(reply(
            &ctx,
            StatusCode::BAD_REQUEST,
            FormState {
                submitted: Some(q.clone()),
                errors,
                conflict: false,
            },
        ));
    };
    let version = q.get("version").unwrap_or("").to_string();
    let s = ctx.s.clone();
    let st = state.clone();
    let saved = blocking(&state, state.0.work_limit * 2, move || {
        // One save at a time: the version check and the write must not interleave.
        let _guard = st.0.edits.lock().unwrap_or_else(|e| e.into_inner());
        let others = st.reading(&s.portfolio.scenario.sources.applications);
        let check: Vec<&crate::portfolio::Portfolio> = others
            .iter()
            .filter(|o| o.key != s.key)
            .map(|o| &o.portfolio)
            .collect();
        let result = decide::save(&s.portfolio, &check, &records, &who, Some(&version));
        if result.is_ok() {
            crate::web::pages::reload(&st, &others)?;
        }
        Ok::<_, AppError>(result)
    })
    .await??;
    match saved {
        Ok(saved) => {
            let location = format!(
                "/beslut{}#sparat",
                crate::web::params::query(&[
                    ("scenario".into(), ctx.s.key.clone()),
                    ("beviljade".into(), saved.granted.to_string()),
                    ("avslagna".into(), saved.rejected.to_string()),
                    ("andrade".into(), saved.changed.to_string()),
                    (
                        "belopp".into(),
                        saved.granted_amount.decimal().trunc().to_string(),
                    ),
                ])
            );
            Ok(crate::web::redirect(&location))
        }
        Err(Refused::Conflict) => {
            let now = Ctx::posted(&state, &raw, &headers)?;
            Ok(reply(
                &now,
                StatusCode::CONFLICT,
                FormState {
                    submitted: Some(q.clone()),
                    errors: Vec::new(),
                    conflict: true,
                },
            ))
        }
        Err(Refused::Invalid(problems)) => Ok(reply(
            &ctx,
            StatusCode::BAD_REQUEST,
            FormState {
                submitted: Some(q.clone()),
                errors: problems.into_iter().map(|m| (None, m)).collect(),
                conflict: false,
            },
        )),
        Err(Refused::Io(e)) => Err(AppError::Internal(e)),
    }
}
