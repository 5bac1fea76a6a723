//! Stödregister: the de minimis register the scenario names, searchable by organisation number
//! or name (a search shows the whole undertaking and its applications with the room they
//! have), and a form to enter one aid. An entry is checked by the register's own loader (as an
//! imported row is), refused when the register already has it, appended to the file under the
//! edit lock with every line it had and a `.forra` copy, logged, and every scenario that reads
//! the register is judged again.

use std::collections::BTreeSet;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use crate::deminimis::{Aid, Regulation, digits};
use crate::import::register::{Column, LAYOUT};
use crate::text::web as t;
use crate::web::assess;
use crate::web::error::AppError;
use crate::web::pages::applications::fold;
use crate::web::pages::{Ctx, blocking};
use crate::web::params::Params;
use crate::web::state::{AppState, Loaded};
use crate::web::view::{self, Kr, Nav};

use crate::web::pages::MAX_WHO;
/// The longest reason the log takes, and the longest text in one field.
const MAX_WHY: usize = 1000;
const MAX_FIELD: usize = 300;

/// The form's fields in the order of the register's columns ([`LAYOUT`]): name, HTML id.
const FIELDS: [(Column, &str, &str); 10] = [
    (Column::OrgNr, "orgnr", "f-orgnr"),
    (Column::Recipient, "mottagare", "f-mottagare"),
    (Column::Date, "datum", "f-datum"),
    (Column::Amount, "belopp", "f-belopp"),
    (Column::Grantor, "stodgivare", "f-stodgivare"),
    (Column::Regulation, "regelverk", "f-regelverk"),
    (Column::Form, "stodform", "f-stodform"),
    (Column::Years, "ar", "f-ar"),
    (Column::Reference, "diarienummer", "f-diarienummer"),
    (Column::Note, "anmarkning", "f-anmarkning"),
];

/// A problem with what was sent, beside its field when it has one.
struct FieldError {
    field: Option<&'static str>,
    message: String,
}

/// What the form shows: the values sent and their problems, after a refused entry.
#[derive(Default)]
struct FormState {
    submitted: Option<Params>,
    errors: Vec<FieldError>,
}

/// `GET /stodregister`.
pub async fn page(ctx: Ctx) -> Result<Markup, AppError> {
    Ok(render(&ctx, &FormState::default()))
}

/// The organisation numbers (digits) a search finds, with everyone they count together with.
fn found(ctx: &Ctx, query: &str) -> BTreeSet<String> {
    let p = ctx.p();
    let q = fold(query.trim());
    let wanted = digits(&q);
    let matches = |org_nr: &str, name: &str| {
        (wanted.len() >= 6 && digits(org_nr).contains(&wanted)) || fold(name).contains(&q)
    };
    let mut orgs: BTreeSet<String> = BTreeSet::new();
    for a in &p.register.aid {
        if matches(&a.org_nr, &a.recipient) {
            orgs.insert(digits(&a.org_nr));
        }
    }
    for app in &p.applications {
        if let Some(org_nr) = &app.applicant.org_nr
            && matches(org_nr, &app.applicant.name)
        {
            orgs.insert(digits(org_nr));
        }
    }
    for u in &p.register.undertakings {
        if fold(&u.name).contains(&q) {
            orgs.extend(u.members.iter().map(|m| digits(m)));
        }
    }
    orgs.iter()
        .flat_map(|o| p.register.members_with(o))
        .collect()
}

/// The regulation's name in a table cell.
fn regulation_name(r: Regulation) -> &'static str {
    match r {
        Regulation::DeMinimis => t::REGISTER_GENERAL.text(),
        Regulation::SgeiDeMinimis => t::REGISTER_SGEI.text(),
    }
}

fn render(ctx: &Ctx, form: &FormState) -> Markup {
    let p = ctx.p();
    let query = ctx.params.get("sok").unwrap_or("").trim().to_string();
    let orgs = (!query.is_empty()).then(|| found(ctx, &query));
    let mut aid: Vec<&Aid> = p
        .register
        .aid
        .iter()
        .filter(|a| orgs.as_ref().is_none_or(|o| o.contains(&digits(&a.org_nr))))
        .collect();
    aid.sort_by(|a, b| b.date.cmp(&a.date).then(a.org_nr.cmp(&b.org_nr)));
    let total: crate::money::Sek = aid.iter().map(|a| a.amount).sum();
    let applications: Vec<(usize, &crate::application::Application)> = match &orgs {
        Some(o) => p
            .applications
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                a.applicant
                    .org_nr
                    .as_ref()
                    .is_some_and(|n| o.contains(&digits(n)))
            })
            .collect(),
        None => Vec::new(),
    };
    let file = p.scenario.sources.aid_register.as_ref();
    let title = t::REGISTER_TITLE.to_string();
    let body = html! {
        @if let Some(notice) = saved_notice(ctx) { (notice) }
        p { (t::REGISTER_INTRO) }
        @match file {
            Some(f) => p {
                (t::register_file(&file_name(f)))
                @if ctx.state.0.access.can_save() { " " a href="#infor" { (t::REGISTER_TO_FORM) } }
            },
            None => p { (t::REGISTER_NONE) },
        }
        form.search method="get" action="/stodregister" role="search" {
            @if ctx.s.key != ctx.default_key {
                input type="hidden" name="scenario" value=(ctx.s.key);
            }
            (view::lang_field())
            label for="sok" { (t::REGISTER_SEARCH) }
            input id="sok" name="sok" type="search" maxlength="100" value=(query);
            button type="submit" { (t::REGISTER_SEARCH_BUTTON) }
        }
        @if !query.is_empty() {
            p { a href=(ctx.link("/stodregister")) { (t::REGISTER_SHOW_ALL) } }
        }
        @if !applications.is_empty() {
            h2 { (t::REGISTER_APPLICATIONS) }
            ul {
                @for (i, app) in &applications {
                    li {
                        a href=(ctx.link(&format!("/ansokan/{}", app.id))) { (app.id) } " " (app.title) " ("
                        (app.applicant.name) @if let Some(nr) = &app.applicant.org_nr { ", " span.orgnr { (nr) } } "). "
                        @match de_minimis_text(&p.assessments[*i].eligibility) {
                            Some(text) => (text),
                            None => (t::REGISTER_NOT_CHECKED),
                        }
                    }
                }
            }
        }
        h2 id="stod" { (t::REGISTER_AID) }
        @if query.is_empty() {
            p { (t::register_lines(aid.len())) }
        } @else {
            p { (t::register_count(aid.len(), total)) }
        }
        @if !aid.is_empty() {
            (view::scroll(t::REGISTER_AID.text(), html! {
                table {
                    caption.visually-hidden { (t::REGISTER_AID) }
                    thead { tr {
                        th scope="col" { (t::REGISTER_COL_DATE) }
                        th scope="col" { (t::REGISTER_COL_RECIPIENT) }
                        th scope="col" { (t::REGISTER_COL_GRANTOR) }
                        th scope="col" class="num" { (t::REGISTER_COL_AMOUNT) }
                        th scope="col" { (t::REGISTER_COL_REGULATION) }
                        th scope="col" { (t::REGISTER_COL_REFERENCE) }
                    } }
                    tbody { @for a in &aid {
                        tr {
                            td { (a.date) }
                            td { (a.recipient) br; span.sub.orgnr { (a.org_nr) } }
                            td {
                                @match &a.application {
                                    Some(id) => a href=(ctx.link(&format!("/ansokan/{id}"))) { (a.grantor_text()) },
                                    None => (a.grantor),
                                }
                            }
                            td.num { (Kr(a.amount)) }
                            td {
                                (regulation_name(a.regulation))
                                @if let Some(form) = a.form { br; span.sub { (form.name()) " " (years(a)) } }
                            }
                            td {
                                (a.reference)
                                @if !a.reference.is_empty() && !a.note.is_empty() { br; }
                                span.sub { (a.note) }
                            }
                        }
                    } }
                }
            }))
        }
        @let groups: Vec<&crate::deminimis::Undertaking> = p.register.undertakings.iter()
            .filter(|u| orgs.as_ref().is_none_or(|o| u.members.iter().any(|m| o.contains(&digits(m)))))
            .collect();
        @if !groups.is_empty() {
            h2 { (t::REGISTER_GROUPS) }
            p { (t::REGISTER_GROUPS_INTRO) }
            ul {
                @for u in &groups {
                    li { strong { (u.name) } ": " (u.members.join(", ")) @if !u.note.is_empty() { ". " (u.note) } }
                }
            }
        } @else if !query.is_empty() && p.register.undertakings.iter().len() > 0 {
            p { (t::REGISTER_NO_GROUP) }
        }
        @if file.is_some() && ctx.state.0.access.can_save() {
            (entry_form(ctx, form))
        }
    };
    view::page(&ctx.frame(&title, Nav::Register, "/stodregister"), body)
}

/// What the de minimis check says of an application: the broken ceiling, or the sum, the
/// window and the room left; `None` when it is not checked.
fn de_minimis_text(e: &crate::rules::Eligibility) -> Option<String> {
    if let Some(b) = e.breaches.iter().find(|b| b.rule == "de_minimis") {
        return Some(sentence(&b.message.to_string()));
    }
    e.de_minimis_lead().map(|l| l.to_string())
}

/// The years a servicebidrag or other form covered, "(2020–2021)", or nothing.
fn years(a: &Aid) -> String {
    match (a.years.first(), a.years.last()) {
        (Some(f), Some(l)) if f == l => format!("({f})"),
        (Some(f), Some(l)) => format!("({f}–{l})"),
        _ => String::new(),
    }
}

/// The file's name alone: the page does not show the server's folders.
fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The form to enter one aid.
fn entry_form(ctx: &Ctx, form: &FormState) -> Markup {
    let value = |name: &str| -> String {
        form.submitted
            .as_ref()
            .and_then(|q| q.get(name))
            .unwrap_or("")
            .to_string()
    };
    let notes = crate::web::pages::FieldNotes::new(
        form.errors.iter().map(|e| (e.field, e.message.as_str())),
    );
    let field_errors = |id: &str| notes.list(id);
    let described = |id: &str, hint: Option<&str>| notes.described(id, hint);
    let invalid = |id: &str| notes.invalid(id);
    let text_field = |name: &str, id: &str, label: &str, hint: Option<&str>, required: bool| {
        let hint_id = format!("{id}-hjalp");
        html! {
            div.field {
                label for=(id) { (label) }
                @if let Some(h) = hint { p.hint id=(hint_id) { (h) } }
                (field_errors(id))
                input id=(id) name=(name) type="text" maxlength=(MAX_FIELD) required[required]
                    aria-describedby=[described(id, hint.map(|_| hint_id.as_str()))] aria-invalid=[invalid(id)] value=(value(name));
            }
        }
    };
    let regulation = value("regelverk");
    let chosen_form = value("stodform");
    html! {
        section aria-labelledby="infor" {
            h2 id="infor" { (t::REGISTER_ADD) }
            @if !form.errors.is_empty() {
                div.error-summary id="stod-fel" role="alert" tabindex="-1" autofocus aria-labelledby="stod-fel-rubrik" {
                    h3 id="stod-fel-rubrik" { (t::REGISTER_ERRORS) }
                    ul { @for e in &form.errors {
                        li { @match e.field { Some(f) => { a href=(format!("#{f}")) { (e.message) } }, None => { (e.message) } } }
                    } }
                }
            }
            p { (t::REGISTER_ADD_INTRO) " " (t::REGISTER_ADD_MANY) " " code.command { "anslag import --register --add" } "." }
            form.entry method="post" action="/stodregister#stod-fel" novalidate {
                input type="hidden" name="scenario" value=(ctx.s.key);
                input type="hidden" name="csrf" value=(ctx.viewer.csrf);
                (view::lang_field())
                (text_field("orgnr", "f-orgnr", t::REGISTER_COL_ORG.text(), Some(t::REGISTER_ORG_HINT.text()), true))
                (text_field("mottagare", "f-mottagare", t::REGISTER_COL_RECIPIENT.text(), None, true))
                (text_field("datum", "f-datum", t::REGISTER_COL_DATE.text(), Some(t::REGISTER_DATE_HINT.text()), true))
                (text_field("belopp", "f-belopp", t::REGISTER_AMOUNT_LABEL.text(), None, true))
                (text_field("stodgivare", "f-stodgivare", t::REGISTER_COL_GRANTOR.text(), None, true))
                div.field {
                    label for="f-regelverk" { (t::REGISTER_COL_REGULATION) }
                    (field_errors("f-regelverk"))
                    select id="f-regelverk" name="regelverk" aria-describedby=[described("f-regelverk", None)] aria-invalid=[invalid("f-regelverk")] {
                        @for (key, r) in Regulation::ALL {
                            option value=(key) selected[regulation == key] { (regulation_name(r)) }
                        }
                    }
                }
                div.field {
                    label for="f-stodform" { (t::REGISTER_FORM_LABEL) }
                    (field_errors("f-stodform"))
                    select id="f-stodform" name="stodform" aria-describedby=[described("f-stodform", None)] aria-invalid=[invalid("f-stodform")] {
                        option value="" selected[chosen_form.is_empty()] { (t::REGISTER_FORM_NONE) }
                        @for (key, f) in crate::application::Form::ALL {
                            option value=(key) selected[chosen_form == key] { (f.name()) }
                        }
                    }
                }
                (text_field("ar", "f-ar", t::REGISTER_YEARS_LABEL.text(), Some(t::REGISTER_YEARS_HINT.text()), false))
                (text_field("diarienummer", "f-diarienummer", t::REGISTER_REFERENCE_LABEL.text(), None, false))
                (text_field("anmarkning", "f-anmarkning", t::REGISTER_COL_NOTE.text(), None, false))
                (crate::web::pages::who_field(ctx, &notes, &value("vem")))
                div.field.wide {
                    label for="f-why" { (t::REGISTER_WHY) }
                    (field_errors("f-why"))
                    textarea id="f-why" name="skal" rows="2" required maxlength=(MAX_WHY)
                        aria-describedby=[described("f-why", None)] aria-invalid=[invalid("f-why")] { (value("skal")) }
                }
                button type="submit" { (t::REGISTER_SAVE) }
            }
        }
    }
}

/// The notice after an entry: the aid and what it did, as the log has it.
fn saved_notice(ctx: &Ctx) -> Option<Markup> {
    let org_nr = ctx.params.get("tillagt")?;
    let file = ctx.p().scenario.sources.aid_register.as_ref()?;
    let latest = assess::entries(file, org_nr).pop();
    Some(html! {
        div.notice id="sparat" role="status" tabindex="-1" {
            p { strong { (t::REGISTER_SAVED) } }
            @if let Some(e) = latest {
                p { (e.what) }
                @if !e.effect.is_empty() { p { (e.effect) } }
            }
        }
    })
}

/// The outcome of an entry.
enum Saved {
    Done(String),
    Invalid(Vec<FieldError>),
}

/// `POST /stodregister`: one aid entered, checked, appended and logged.
pub async fn save(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<String, axum::extract::rejection::StringRejection>,
) -> Result<Response, AppError> {
    let (ctx, body) = Ctx::for_save(&state, body, &headers)?;
    if ctx.p().scenario.sources.aid_register.is_none() {
        return Err(AppError::BadRequest(t::REGISTER_NONE.to_string()));
    }
    let q = ctx.params.clone();
    let who = match &ctx.viewer.user {
        Some(user) => user.clone(),
        None => q.get("vem").unwrap_or("").trim().to_string(),
    };
    let why = q.get("skal").unwrap_or("").trim().to_string();
    // Who and why: required, and no longer than the log takes.
    let errors: Vec<FieldError> = [
        ("f-who", &who, MAX_WHO, t::ASSESS_WHO_MISSING, t::ASSESS_WHO),
        (
            "f-why",
            &why,
            MAX_WHY,
            t::REGISTER_WHY_MISSING,
            t::REGISTER_WHY,
        ),
    ]
    .into_iter()
    .filter_map(|(id, value, most, missing, label)| {
        let message = if value.is_empty() {
            missing.to_string()
        } else if value.chars().count() > most {
            t::too_long(label.text(), most)
        } else {
            return None;
        };
        Some(FieldError {
            field: Some(id),
            message,
        })
    })
    .collect();
    let mut row = Vec::with_capacity(FIELDS.len());
    let mut own = Vec::new();
    for (column, name, id) in FIELDS {
        let mut v = q.get(name).unwrap_or("").trim().to_string();
        // Ten digits are an organisation number written without its hyphen.
        if column == Column::OrgNr && v.len() == 10 && v.chars().all(|c| c.is_ascii_digit()) {
            v.insert(6, '-');
        }
        let required = LAYOUT.iter().any(|(c, _, r)| *c == column && *r);
        if required && v.is_empty() {
            own.push(FieldError {
                field: Some(id),
                message: t::register_missing(&label_of(id)),
            });
        } else if v.chars().count() > MAX_FIELD {
            own.push(FieldError {
                field: Some(id),
                message: t::too_long(&label_of(id), MAX_FIELD),
            });
        }
        row.push(v);
    }
    // Every problem at once: the fields as the register reads them (checked again under the
    // lock, against the file as it is then), in the form's order, then who and why. A field
    // left empty is said to be missing, not invalid.
    let (_, found) = check_row(row.clone(), &known(&ctx.s, &ctx.p().register_file));
    let mut found: Vec<FieldError> = found
        .into_iter()
        .filter(|e| !own.iter().any(|o| o.field == e.field))
        .collect();
    found.extend(own);
    found.extend(errors);
    let order = |e: &FieldError| {
        FIELDS
            .iter()
            .position(|f| Some(f.2) == e.field)
            .unwrap_or(FIELDS.len())
    };
    found.sort_by_key(order);
    let errors = found;
    let reply = |ctx: &Ctx, errors: Vec<FieldError>| -> Response {
        (
            StatusCode::BAD_REQUEST,
            render(
                ctx,
                &FormState {
                    submitted: Some(q.clone()),
                    errors,
                },
            ),
        )
            .into_response()
    };
    if !errors.is_empty() {
        return Ok(reply(&ctx, errors));
    }
    let s = ctx.s.clone();
    let st = state.clone();
    let saved = blocking(&state, state.0.work_limit * 2, move || {
        write_aid(&st, &s, row, &who, &why)
    })
    .await??;
    match saved {
        Saved::Done(org_nr) => {
            let location = format!(
                "/stodregister{}#sparat",
                crate::web::params::query(&[
                    ("scenario".into(), ctx.s.key.clone()),
                    ("sok".into(), org_nr.clone()),
                    ("tillagt".into(), org_nr),
                ])
            );
            Ok(crate::web::redirect(&location))
        }
        Saved::Invalid(errors) => {
            // The page as the register is now (another entry may have come in between).
            let now = Ctx::posted(&state, &body, &headers)?;
            Ok(reply(&now, errors))
        }
    }
}

/// The label of a field, for a message about it.
fn label_of(id: &str) -> String {
    match id {
        "f-orgnr" => t::REGISTER_COL_ORG.to_string(),
        "f-mottagare" => t::REGISTER_COL_RECIPIENT.to_string(),
        "f-datum" => t::REGISTER_COL_DATE.to_string(),
        "f-belopp" => t::REGISTER_AMOUNT_LABEL.to_string(),
        "f-stodgivare" => t::REGISTER_COL_GRANTOR.to_string(),
        "f-ar" => t::REGISTER_YEARS_LABEL.to_string(),
        "f-diarienummer" => t::REGISTER_REFERENCE_LABEL.to_string(),
        _ => t::REGISTER_COL_NOTE.to_string(),
    }
}

/// Checks the aid as the register's loader reads it, refuses one the register already has,
/// checks every scenario that reads the register with it added, then logs and appends it.
fn write_aid(
    state: &AppState,
    s: &Loaded,
    row: Vec<String>,
    who: &str,
    why: &str,
) -> Result<Saved, AppError> {
    let p = &s.portfolio;
    let Some(path) = p.scenario.sources.aid_register.clone() else {
        return Err(AppError::BadRequest(t::REGISTER_NONE.to_string()));
    };
    // One edit at a time: what is read, checked and written must not interleave.
    let _guard = state.0.edits.lock().unwrap_or_else(|e| e.into_inner());
    let text = String::from_utf8(assess::current(&path).map_err(internal)?)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let shown = path.display().to_string();
    // The register as the file is now, not as the page saw it: an entry appends, so one made
    // in between is kept and checked against, never overwritten.
    let mut d = crate::problem::Diag::new();
    let file: std::sync::Arc<str> = std::sync::Arc::from(shown.as_str());
    let register = crate::files::parse_yaml(&text, &file, &mut d)
        .and_then(|root| crate::files::register::from_node(&root, &mut d));
    let Some(register) = register.filter(|_| !d.has_errors()) else {
        return Ok(Saved::Invalid(vec![FieldError {
            field: None,
            message: t::register_file_broken(&file_name(&path)),
        }]));
    };
    let (result, errors) = check_row(row, &known(s, &register));
    if !errors.is_empty() {
        return Ok(Saved::Invalid(errors));
    }
    let new_text = crate::import::register::appended(
        &text,
        &register,
        &t::register_entered_comment(who),
        &result.yaml,
    );
    let Some(new_register) =
        crate::import::register::loads_with(&new_text, &shown, register.aid.len() + 1)
    else {
        return Err(AppError::Internal(format!(
            "{shown}: the entry did not load"
        )));
    };
    // Every scenario that reads this register, judged with the aid added.
    let affected: Vec<std::sync::Arc<Loaded>> = state
        .list()
        .into_iter()
        .filter_map(|(key, _)| state.scenario(Some(&key)))
        .filter(|o| o.portfolio.scenario.sources.aid_register.as_ref() == Some(&path))
        .collect();
    let mut problems: Vec<FieldError> = Vec::new();
    let mut rebuilt = None;
    for o in &affected {
        match o.portfolio.with_register(new_register.clone()) {
            Ok(new) if o.key == s.key => rebuilt = Some(new),
            Ok(_) => {}
            Err(ps) => {
                for x in ps
                    .into_iter()
                    .filter(|x| x.severity == crate::problem::Severity::Error)
                {
                    let message = t::in_scenario(&o.portfolio.scenario.name, &x.message.render());
                    if !problems.iter().any(|e| e.message == message) {
                        problems.push(FieldError {
                            field: None,
                            message,
                        });
                    }
                }
            }
        }
    }
    if !problems.is_empty() {
        return Ok(Saved::Invalid(problems));
    }
    let added = new_register.aid.last().cloned();
    let org_nr = added
        .as_ref()
        .map_or_else(String::new, |a| a.org_nr.clone());
    let what = added.map_or_else(String::new, |a| a.line().to_string());
    let consequence = rebuilt.map_or_else(String::new, |new| effect(s, &new, &org_nr));
    // The log first: an entry may be logged and (killed in between) not made, but never
    // made and not logged.
    assess::audit_with(
        &t::REGISTER_AUDIT_HEADER,
        &path,
        [who, &org_nr, &what, why, &consequence],
    )
    .map_err(internal)?;
    crate::files::write::keeping_previous(&path, new_text.as_bytes()).map_err(internal)?;
    crate::web::pages::reload(state, &affected)?;
    Ok(Saved::Done(org_nr))
}

/// What an entry must not repeat: the register's lines and the region's own grants, which
/// count by themselves (entered again, they would count twice).
fn known(s: &Loaded, register: &crate::deminimis::Register) -> Vec<Aid> {
    let mut known = register.aid.clone();
    known.extend(
        s.portfolio
            .register
            .aid
            .iter()
            .filter(|a| a.application.is_some())
            .cloned(),
    );
    known
}

/// The form's values as one row of the register's sheet, read by the register's loader (as
/// an imported row is) against the aid `known`: the lines to append, and every problem beside
/// its field. Every problem blocks: the only warning is the aid being in the register already.
fn check_row(row: Vec<String>, known: &[Aid]) -> (crate::import::Imported, Vec<FieldError>) {
    let table = crate::import::Table {
        file: String::new(),
        sheet: None,
        headers: LAYOUT.iter().map(|(_, h, _)| h.to_string()).collect(),
        rows: vec![row],
    };
    let result = crate::import::register::import(&table, known);
    let errors = result
        .problems
        .iter()
        .map(|x| FieldError {
            field: x.column.and_then(|c| FIELDS.get(c)).map(|f| f.2),
            message: sentence(&x.message),
        })
        .collect();
    (result, errors)
}

/// A loader's message as a sentence: without the file's key it starts with (`aid.date: `,
/// which the form shows as the field instead), a capital first letter and a full stop.
fn sentence(message: &str) -> String {
    let message = message.trim();
    let message = match message.split_once(": ") {
        Some((key, rest))
            if key.starts_with("aid")
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._[]".contains(c)) =>
        {
            rest
        }
        _ => message,
    };
    let mut chars = message.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    let rest = chars.as_str();
    if rest.ends_with(['.', '?', '!']) {
        format!("{first}{rest}")
    } else {
        format!("{first}{rest}.")
    }
}

fn internal(e: std::io::Error) -> AppError {
    AppError::Internal(e.to_string())
}

/// What the entry did in this scenario: the room each application of the undertaking now
/// has, and whether the proposal changed, by a solve before and after.
fn effect(s: &Loaded, new: &crate::portfolio::Portfolio, org_nr: &str) -> String {
    let members = new.register.members_with(org_nr);
    let mut lines: Vec<String> = Vec::new();
    for (i, app) in new.applications.iter().enumerate() {
        let ours = app
            .applicant
            .org_nr
            .as_ref()
            .is_some_and(|n| members.contains(&digits(n)));
        if !ours || !app.status.is_candidate() {
            continue;
        }
        let e = &new.assessments[i].eligibility;
        let was = s.portfolio.assessments[i].eligibility.eligible();
        let lead = de_minimis_text(e).unwrap_or_default();
        lines.push(match (was, e.eligible()) {
            (true, false) => t::register_now_ineligible(&app.id, &breaches(e)),
            _ => t::register_application_room(&app.id, &lead),
        });
    }
    let after = crate::optimise::optimise(new, &crate::web::state::quick_settings());
    let ids = |p: &crate::portfolio::Portfolio, a: &crate::optimise::Allocation| {
        a.funded
            .iter()
            .map(|f| p.applications[f.app].id.clone())
            .collect::<BTreeSet<String>>()
    };
    let (before, now) = (ids(&s.portfolio, &s.allocation), ids(new, &after));
    let out: Vec<&str> = before.difference(&now).map(String::as_str).collect();
    let came: Vec<&str> = now.difference(&before).map(String::as_str).collect();
    let scenario = &new.scenario.name;
    lines.push(if out.is_empty() && came.is_empty() {
        t::register_proposal_same(scenario)
    } else {
        t::register_proposal_changed(scenario, &out.join(", "), &came.join(", "))
    });
    lines.join(" ")
}

/// The rules an application breaks, in one sentence.
fn breaches(e: &crate::rules::Eligibility) -> String {
    e.breaches
        .iter()
        .map(|b| b.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}
