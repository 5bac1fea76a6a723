//! Ändra bedömningen: the ratings edited with one choice per strategy goal, global goal and
//! quality criterion, by name; every error at once beside its field; saved beside the
//! applications with a version check and an audit log; answered with what the change did to
//! the proposal, and the application's change log.

use std::collections::{BTreeMap, BTreeSet};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use crate::application::{Application, Status};
use crate::files::applications::OverlayEntry;
use crate::optimise::Allocation;
use crate::portfolio::Portfolio;
use crate::strategy::Level;
use crate::text::web as t;
use crate::web::assess;
use crate::web::error::AppError;
use crate::web::pages::{Ctx, blocking, natural};
use crate::web::params::Params;
use crate::web::state::{AppState, Loaded};

use crate::web::pages::MAX_WHO;
/// The longest reason the log takes (the form says so too, with `maxlength`).
const MAX_WHY: usize = 1000;

/// The ratings a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Link,
    Goal,
    Criterion,
}

impl Kind {
    const ALL: [Kind; 3] = [Kind::Link, Kind::Goal, Kind::Criterion];

    /// The start of the form field's name.
    fn prefix(self) -> &'static str {
        match self {
            Kind::Link => "l.",
            Kind::Goal => "g.",
            Kind::Criterion => "k.",
        }
    }
}

/// One rating in the form: a strategy node, a global goal or a quality criterion.
struct Rating {
    kind: Kind,
    key: String,
    label: String,
}

impl Rating {
    fn name(&self) -> String {
        format!("{}{}", self.kind.prefix(), self.key)
    }

    fn html_id(&self) -> String {
        format!("b-{}", self.name())
    }

    fn current(&self, app: &Application) -> Option<u8> {
        match self.kind {
            Kind::Link => app.links.get(&self.key).copied(),
            Kind::Goal => self
                .key
                .parse::<u8>()
                .ok()
                .and_then(|g| app.agenda2030.get(&g).copied()),
            Kind::Criterion => app.criteria.get(&self.key).copied(),
        }
    }
}

/// Ratings shown together (a målområde with its delmål, a plan's goals …).
struct Group {
    title: String,
    ratings: Vec<Rating>,
}

/// One kind of rating: strategies, Agenda 2030, quality.
struct Section {
    heading: String,
    groups: Vec<Group>,
}

/// Everything the form rates for this application, in the order of the documents: each RUS
/// målområde with its delmål, each plan's goals, the activities, then Agenda 2030 by group and
/// the quality criteria of the scenario's year. A rating the application already has always
/// gets a field (under "Övriga"), so that saving never drops it unseen.
fn sections(p: &Portfolio, app: &Application) -> Vec<Section> {
    let s = &p.strategy;
    let h = s.hierarchy();
    fn by_name<'a>(s: &crate::strategy::StrategyGraph, mut ids: Vec<&'a str>) -> Vec<&'a str> {
        ids.sort_by_key(|id| s.node(id).map(|n| natural(&n.name)));
        ids
    }
    let link = |id: &str| Rating {
        kind: Kind::Link,
        key: id.to_string(),
        label: s
            .node(id)
            .map_or_else(|| id.to_string(), |n| n.name.clone()),
    };
    // Goals not in force on the application's day are not offered (a rating of one it
    // already has is kept, under "Övriga" at the latest).
    let day = crate::application::strategy_day(app.decision_date, app.received, p.scenario.year);
    let offered = |id: &str| {
        app.links.contains_key(id) || s.node(id).zip(day).is_none_or(|(n, day)| n.in_force(day))
    };
    let level = |id: &str, l: Level| s.node(id).is_some_and(|n| n.level == l) && offered(id);
    let mut placed: BTreeSet<String> = BTreeSet::new();
    let mut groups = Vec::new();
    // Målområden in the order of their delmål ("Delmål 1" first), as the RUS numbers them.
    let mut areas: Vec<&str> = h.children(s.root());
    areas.sort_by_key(|m| crate::web::pages::document_key(p, m));
    for m in areas {
        if !level(m, Level::Malomrade) {
            continue;
        }
        let mut ratings = vec![link(m)];
        for d in by_name(s, h.children(m)) {
            if level(d, Level::Delmal) && !placed.contains(d) {
                ratings.push(link(d));
            }
        }
        placed.extend(ratings.iter().map(|r| r.key.clone()));
        groups.push(Group {
            title: t::assess_rus_group(s.node(m).map_or(m, |n| n.name.as_str())),
            ratings,
        });
    }
    for plan in s.plans() {
        let goals: Vec<&str> = s
            .goals_of(&plan.id)
            .into_iter()
            .filter(|n| offered(&n.id))
            .map(|n| n.id.as_str())
            .collect();
        let ratings: Vec<Rating> = by_name(s, goals).into_iter().map(link).collect();
        placed.extend(ratings.iter().map(|r| r.key.clone()));
        if !ratings.is_empty() {
            groups.push(Group {
                title: plan.name.clone(),
                ratings,
            });
        }
    }
    let activities: Vec<&str> = s
        .nodes()
        .filter(|n| n.level == Level::Aktivitet && offered(&n.id))
        .map(|n| n.id.as_str())
        .collect();
    let ratings: Vec<Rating> = by_name(s, activities).into_iter().map(link).collect();
    placed.extend(ratings.iter().map(|r| r.key.clone()));
    if !ratings.is_empty() {
        groups.push(Group {
            title: t::ASSESS_ACTIVITIES.to_string(),
            ratings,
        });
    }
    // Whatever the structure left out: other scoring nodes, and the RUS itself when rated.
    let rest: Vec<&str> = s
        .nodes()
        .filter(|n| n.level.scores() && !placed.contains(&n.id) && offered(&n.id))
        .filter(|n| n.id != s.root() || app.links.contains_key(&n.id))
        .map(|n| n.id.as_str())
        .collect();
    if !rest.is_empty() {
        groups.push(Group {
            title: t::ASSESS_OTHERS.to_string(),
            ratings: by_name(s, rest).into_iter().map(link).collect(),
        });
    }
    let strategy = Section {
        heading: t::ASSESS_LINKS.to_string(),
        groups,
    };

    let goal = |g: u8| Rating {
        kind: Kind::Goal,
        key: g.to_string(),
        label: t::assess_goal(g, p.agenda.goal_name(g).unwrap_or("")),
    };
    let mut in_group: BTreeSet<u8> = BTreeSet::new();
    let mut groups: Vec<Group> = p
        .agenda
        .groups
        .iter()
        .map(|g| {
            in_group.extend(g.goals.iter().copied());
            Group {
                title: g.name.clone(),
                ratings: g.goals.iter().map(|n| goal(*n)).collect(),
            }
        })
        .collect();
    let rest: Vec<Rating> = p
        .agenda
        .goals
        .keys()
        .filter(|g| !in_group.contains(g))
        .map(|g| goal(*g))
        .collect();
    if !rest.is_empty() {
        groups.push(Group {
            title: t::ASSESS_OTHERS.to_string(),
            ratings: rest,
        });
    }
    let agenda = Section {
        heading: t::ASSESS_AGENDA.to_string(),
        groups,
    };

    let all = p.rules.all_criteria();
    // The criteria of the application's pot (a rating it already has of another is kept).
    let mut criteria: Vec<Rating> = p
        .criteria()
        .iter()
        .filter(|c| c.applies_to(app.support))
        .map(|c| Rating {
            kind: Kind::Criterion,
            key: c.id.clone(),
            label: c.name.clone(),
        })
        .collect();
    for id in app.criteria.keys() {
        if !criteria.iter().any(|r| &r.key == id) {
            criteria.push(Rating {
                kind: Kind::Criterion,
                key: id.clone(),
                label: all
                    .get(id.as_str())
                    .map_or_else(|| id.clone(), |c| c.name.clone()),
            });
        }
    }
    let quality = Section {
        heading: t::ASSESS_CRITERIA.to_string(),
        groups: vec![Group {
            title: t::ASSESS_CRITERIA_GROUP.to_string(),
            ratings: criteria,
        }],
    };
    vec![strategy, agenda, quality]
}

/// A problem with what was sent, shown in the summary and (when it has one) beside its field.
#[derive(Debug, Clone)]
pub(crate) struct FieldError {
    /// The HTML id of the field it belongs to.
    field: Option<String>,
    message: String,
}

/// What the form shows besides the application's own values.
#[derive(Default)]
pub(crate) struct FormState {
    /// Values submitted (kept on an error or a conflict), else the application's.
    submitted: Option<Params>,
    errors: Vec<FieldError>,
    /// Someone saved first: their change as the log has it.
    conflict: Option<Option<assess::Entry>>,
}

impl FormState {
    /// Whether the page shows a problem with a save (then not the saved notice).
    pub(crate) fn troubled(&self) -> bool {
        !self.errors.is_empty() || self.conflict.is_some()
    }
}

/// A rating's value in words: "2" or "ingen bedömning".
fn rating_word(r: Option<u8>) -> String {
    r.map_or_else(|| t::ASSESS_NOT_RATED.to_string(), |r| r.to_string())
}

/// The form: a choice 0–3 per rating, grouped as the documents are, groups with ratings (or
/// errors) open; the status, who and why.
pub(crate) fn form(ctx: &Ctx, index: usize, form: &FormState) -> Markup {
    let p = ctx.p();
    let app = &p.applications[index];
    let overlay = crate::files::applications::overlay_path(&p.scenario.sources.applications);
    let version = assess::current(&overlay)
        .map(|b| entry_token(&b, &overlay, &app.id))
        .unwrap_or_default();
    let value = |key: &str, own: String| -> String {
        match &form.submitted {
            Some(q) => q.get(key).unwrap_or("").to_string(),
            None => own,
        }
    };
    let notes = crate::web::pages::FieldNotes::new(
        form.errors
            .iter()
            .map(|e| (e.field.as_deref(), e.message.as_str())),
    );
    let errors_of = |id: &str| notes.of(id);
    let field_errors = |id: &str| notes.list(id);
    let described = |id: &str, also: Option<&str>| notes.described(id, also);
    let invalid = |id: &str| notes.invalid(id);
    let status = value("status", app.status.key().to_string());
    let action = crate::web::view::link(&format!("/ansokan/{}/bedomning", app.id), None, "");
    html! {
        section.assess aria-labelledby="bedomning" {
            h2 id="bedomning" { (t::ASSESS_HEADING) }
            @if let Some(latest) = &form.conflict {
                div.error-summary id="bedomning-fel" role="alert" tabindex="-1" autofocus {
                    h3 { (t::ASSESS_CONFLICT) }
                    p { (t::assess_conflict(&app.id)) }
                    @if let Some(e) = latest { (entry_paragraph(e)) }
                    @if !form.errors.is_empty() {
                        p { (t::ASSESS_BOTH_CHANGED) }
                        ul { @for e in &form.errors {
                            li { @match &e.field { Some(f) => { a href=(format!("#{f}")) { (e.message) } }, None => { (e.message) } } }
                        } }
                    }
                }
            }
            @if !form.errors.is_empty() && form.conflict.is_none() {
                div.error-summary id="bedomning-fel" role="alert" tabindex="-1" autofocus aria-labelledby="bedomning-fel-rubrik" {
                    h3 id="bedomning-fel-rubrik" { (t::ASSESS_ERRORS) }
                    ul { @for e in &form.errors {
                        li { @match &e.field { Some(f) => { a href=(format!("#{f}")) { (e.message) } }, None => { (e.message) } } }
                    } }
                }
            }
            p { (t::ASSESS_INTRO) }
            // `novalidate`: the server checks every field and shows every error at once; the
            // browser's own check would stop at the first.
            form method="post" action=(format!("{action}#bedomning-fel")) novalidate {
                input type="hidden" name="scenario" value=(ctx.s.key);
                input type="hidden" name="version" value=(version);
                input type="hidden" name="csrf" value=(ctx.viewer.csrf);
                // What the page showed, so that a save after someone else's can be merged.
                @for (name, v) in shown_values(p, app) {
                    input type="hidden" name=(format!("o.{name}")) value=(v);
                }
                p.hint id="betyg-hjalp" { (t::ASSESS_HINT) }
                @for (si, section) in sections(p, app).iter().enumerate() {
                    h3 { (section.heading) }
                    @for (gi, group) in section.groups.iter().enumerate() {
                        @let chosen: Vec<(String, Option<u8>)> = group.ratings.iter().map(|r| {
                            let v = match &form.submitted {
                                Some(q) => q.get(&r.name()).and_then(|v| v.parse::<u8>().ok()).filter(|v| *v <= 3),
                                None => r.current(app),
                            };
                            (r.html_id(), v)
                        }).collect();
                        @let count = chosen.iter().filter(|(_, v)| v.is_some()).count();
                        @let open = count > 0 || section.groups.len() == 1 || group.ratings.iter().any(|r| !errors_of(&r.html_id()).is_empty());
                        @let summary_id = format!("grupp-{si}-{gi}");
                        details.ratings open[open] {
                            summary id=(summary_id) { (group.title) " " span.sub { "(" (t::assess_count(count)) ")" } }
                            div.rating-rows role="group" aria-labelledby=(summary_id) {
                                @for (r, (id, v)) in group.ratings.iter().zip(&chosen) {
                                    div.rating {
                                        label for=(id) { (r.label) }
                                        (field_errors(id))
                                        select id=(id) name=(r.name()) aria-describedby=[described(id, None)] aria-invalid=[invalid(id)] {
                                            option value="" selected[v.is_none()] { (t::ASSESS_NOT_RATED_OPTION) }
                                            @for n in 0..=3u8 {
                                                option value=(n) selected[*v == Some(n)] { (t::assess_scale(n)) }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                h3 { (t::ASSESS_CASE) }
                div.field {
                    label for="f-status" { (t::ASSESS_STATUS) }
                    (field_errors("f-status"))
                    select id="f-status" name="status" aria-describedby=[described("f-status", None)] aria-invalid=[invalid("f-status")] {
                        @for (k, s) in Status::ALL {
                            option value=(k) selected[status == k] { (s.name()) }
                        }
                    }
                }
                (crate::web::pages::who_field(ctx, &notes, &value("vem", String::new())))
                div.field.wide {
                    label for="f-why" { (t::ASSESS_WHY) }
                    (field_errors("f-why"))
                    textarea id="f-why" name="skal" rows="2" required maxlength=(MAX_WHY)
                        aria-describedby=[described("f-why", None)] aria-invalid=[invalid("f-why")] { (value("skal", String::new())) }
                }
                button type="submit" { (t::ASSESS_SAVE) }
            }
        }
    }
}

/// The application's ratings and status as the form shows them: (field name, value).
fn shown_values(p: &Portfolio, app: &Application) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = sections(p, app)
        .into_iter()
        .flat_map(|s| s.groups)
        .flat_map(|g| g.ratings)
        .filter_map(|r| r.current(app).map(|v| (r.name(), v.to_string())))
        .collect();
    out.push(("status".to_string(), app.status.key().to_string()));
    out
}

/// A save that met someone else's: their change and this one merged field by field (a field
/// only one of them changed takes that change; where both changed it differently, this one's
/// choice stays and the field says what the other chose). `now` is the state after their save.
fn merge(now: &Ctx, index: usize, q: &Params) -> (Params, Vec<FieldError>) {
    let p = now.p();
    let app = &p.applications[index];
    let secs = sections(p, app);
    let ratings: Vec<&Rating> = secs
        .iter()
        .flat_map(|s| &s.groups)
        .flat_map(|g| &g.ratings)
        .collect();
    let merged_field = |name: &str| ratings.iter().any(|r| r.name() == name) || name == "status";
    let mut pairs: Vec<(String, String)> = q
        .pairs()
        .filter(|(k, _)| !merged_field(k) && !k.starts_with("o.") && *k != "version")
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let mut errors = Vec::new();
    let mut pick = |name: String,
                    id: String,
                    label: &str,
                    now: Option<String>,
                    word: &dyn Fn(Option<&str>) -> String| {
        let orig = q.get(&format!("o.{name}")).map(str::to_string);
        let mine = q.get(&name).map(str::to_string);
        let chosen = if mine == orig {
            now
        } else {
            if now != orig && now != mine {
                errors.push(FieldError {
                    field: Some(id),
                    message: t::assess_both_changed(
                        label,
                        &word(now.as_deref()),
                        &word(mine.as_deref()),
                    ),
                });
            }
            mine
        };
        if let Some(v) = chosen {
            pairs.push((name, v));
        }
    };
    let rating = |v: Option<&str>| rating_word(v.and_then(|x| x.parse().ok()));
    for r in &ratings {
        pick(
            r.name(),
            r.html_id(),
            &r.label,
            r.current(app).map(|v| v.to_string()),
            &rating,
        );
    }
    let status = |v: Option<&str>| {
        Status::ALL
            .iter()
            .find(|(k, _)| Some(*k) == v)
            .map_or_else(String::new, |(_, s)| s.name().to_string())
    };
    pick(
        "status".to_string(),
        "f-status".to_string(),
        t::ASSESS_STATUS.text(),
        Some(app.status.key().to_string()),
        &status,
    );
    (Params::from_pairs(pairs), errors)
}

/// One log entry as a sentence: who, when, what, why.
fn entry_paragraph(e: &assess::Entry) -> Markup {
    html! {
        p { (t::assess_entry(&e.who, &when(&e.time), &e.what, &e.why)) }
    }
}

/// A log time in Swedish time, or as written when it cannot be read.
fn when(time: &str) -> String {
    crate::date::swedish_time(time).unwrap_or_else(|| time.to_string())
}

/// The notice after a save: what changed in the assessment and in the proposal, as the log
/// has it; or that nothing was changed.
pub(crate) fn saved_notice(ctx: &Ctx, index: usize) -> Option<Markup> {
    let p = ctx.p();
    let app = &p.applications[index];
    if ctx.params.get("oforandrad").is_some() {
        return Some(html! {
            div.notice id="sparat" role="status" tabindex="-1" { p { (t::ASSESS_UNCHANGED) } }
        });
    }
    ctx.params.get("sparad")?;
    let overlay = crate::files::applications::overlay_path(&p.scenario.sources.applications);
    let latest = assess::entries(&overlay, &app.id).pop();
    Some(html! {
        div.notice id="sparat" role="status" tabindex="-1" {
            p { strong { (t::ASSESS_SAVED) } }
            @if let Some(e) = latest {
                p { (t::ASSESS_CHANGED) " " (e.what) }
                @if !e.effect.is_empty() { p { (e.effect) } }
            }
        }
    })
}

/// The application's change log, newest first.
pub(crate) fn log_section(ctx: &Ctx, index: usize) -> Markup {
    let p = ctx.p();
    let app = &p.applications[index];
    let overlay = crate::files::applications::overlay_path(&p.scenario.sources.applications);
    let mut entries = assess::entries(&overlay, &app.id);
    entries.reverse();
    html! {
        section aria-labelledby="logg" {
            h2 id="logg" { (t::LOG_HEADING) }
            @if entries.is_empty() {
                p { (t::LOG_EMPTY) }
            } @else {
                (crate::web::view::scroll(t::LOG_HEADING.text(), html! {
                    table.log {
                        caption.visually-hidden { (t::LOG_HEADING) }
                        thead { tr {
                            th scope="col" { (t::LOG_WHEN) }
                            th scope="col" { (t::LOG_WHO) }
                            th scope="col" { (t::LOG_WHAT) }
                            th scope="col" { (t::LOG_WHY) }
                            th scope="col" { (t::LOG_EFFECT) }
                        } }
                        tbody {
                            @for e in &entries {
                                tr {
                                    td.nw data-label=(t::LOG_WHEN) { (when(&e.time)) }
                                    td data-label=(t::LOG_WHO) { (e.who) }
                                    td data-label=(t::LOG_WHAT) { (e.what) }
                                    td data-label=(t::LOG_WHY) { (e.why) }
                                    td data-label=(t::LOG_EFFECT) { (e.effect) }
                                }
                            }
                        }
                    }
                }))
            }
        }
    }
}

/// The ratings as posted, per kind (key, rating), with an error beside each field whose value
/// is not a rating and one for each rating field this application's form does not have.
fn read_ratings(
    q: &Params,
    sections: &[Section],
    errors: &mut Vec<FieldError>,
) -> BTreeMap<&'static str, Vec<(String, String)>> {
    let mut out: BTreeMap<&'static str, Vec<(String, String)>> = BTreeMap::new();
    let mut known: BTreeSet<String> = BTreeSet::new();
    for r in sections
        .iter()
        .flat_map(|s| &s.groups)
        .flat_map(|g| &g.ratings)
    {
        known.insert(r.name());
        let slot = out.entry(kind_key(r.kind)).or_default();
        match q.get(&r.name()) {
            None => {}
            Some(v @ ("0" | "1" | "2" | "3")) => slot.push((r.key.clone(), v.to_string())),
            Some(v) => errors.push(FieldError {
                field: Some(r.html_id()),
                message: t::assess_bad_rating(&r.label, v),
            }),
        }
    }
    for (k, _) in q.pairs() {
        if Kind::ALL.iter().any(|kind| k.starts_with(kind.prefix())) && !known.contains(k) {
            errors.push(FieldError {
                field: None,
                message: t::assess_unknown_rating(k),
            });
        }
    }
    out
}

fn kind_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Link => "links",
        Kind::Goal => "agenda2030",
        Kind::Criterion => "criteria",
    }
}

/// What a save changes in the assessment, in words: one item per rating or status changed.
fn changes(sections: &[Section], app: &Application, entry: &OverlayEntry) -> Vec<String> {
    let posted = |kind: Kind, key: &str| -> Option<u8> {
        let list = match kind {
            Kind::Link => &entry.links,
            Kind::Goal => &entry.agenda2030,
            Kind::Criterion => &entry.criteria,
        };
        list.as_ref()?
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, v)| v.parse().ok())
    };
    let mut out: Vec<String> = sections
        .iter()
        .flat_map(|s| &s.groups)
        .flat_map(|g| &g.ratings)
        .filter_map(|r| {
            let (before, after) = (r.current(app), posted(r.kind, &r.key));
            (before != after)
                .then(|| t::assess_change(&r.label, &rating_word(before), &rating_word(after)))
        })
        .collect();
    let status = entry
        .status
        .as_deref()
        .and_then(|k| Status::ALL.iter().find(|(key, _)| *key == k))
        .map(|(_, s)| *s);
    if let Some(s) = status.filter(|s| *s != app.status) {
        out.push(t::assess_change(
            t::ASSESS_STATUS.text(),
            app.status.name(),
            s.name(),
        ));
    }
    out
}

/// What the new assessment does to the scenario's proposal, in sentences: the application's
/// score, place and verdict before and after, and the others that come in, fall out or get
/// another amount.
fn effect(pa: &Portfolio, a: &Allocation, pb: &Portfolio, b: &Allocation, id: &str) -> String {
    const MOST: usize = 8;
    let mut out = vec![t::effect_scenario(&pa.scenario.name)];
    let at = |p: &Portfolio| p.applications.iter().position(|x| x.id == id);
    let (Some(ia), Some(ib)) = (at(pa), at(pb)) else {
        return String::new();
    };
    let shown = |p: &Portfolio, i: usize| {
        crate::web::view::num(
            crate::ranking::explain(p, &p.applications[i], &p.assessments[i]).shown,
            1,
        )
    };
    let (sa, sb) = (shown(pa, ia), shown(pb, ib));
    if sa != sb {
        out.push(t::effect_score(&sa, &sb));
    }
    let place = |p: &Portfolio| {
        crate::ranking::rank(p)
            .iter()
            .find(|r| r.app.id == id)
            .map(|r| r.rank)
    };
    match (place(pa), place(pb)) {
        (Some(x), Some(y)) if x != y => out.push(t::effect_rank(x, y)),
        (Some(_), None) => out.push(t::EFFECT_UNRANKED.to_string()),
        (None, Some(y)) => out.push(t::effect_ranked(y)),
        _ => {}
    }
    let verdict = |p: &Portfolio, x: &Allocation, i: usize| -> String {
        if let Some(f) = x.funded.iter().find(|f| f.app == i) {
            t::effect_grant(&f.amount.to_kr_string())
        } else if let Some(n) = x.not_funded.iter().find(|n| n.app == i) {
            if n.reason == crate::optimise::Reason::Ineligible {
                t::EFFECT_REJECT_INELIGIBLE.to_string()
            } else {
                t::EFFECT_REJECT.to_string()
            }
        } else {
            t::effect_not_tried(p.applications[i].status.name())
        }
    };
    let (va, vb) = (verdict(pa, a, ia), verdict(pb, b, ib));
    out.push(if va == vb {
        t::effect_same(id, &vb)
    } else {
        t::effect_verdict(id, &va, &vb)
    });
    let c = crate::compare::compare(pa, a, pb, b);
    let list = |items: Vec<String>| -> String {
        let more = items.len().saturating_sub(MOST);
        let mut shown: Vec<String> = items.into_iter().take(MOST).collect();
        if more > 0 {
            shown.push(t::effect_more(more));
        }
        shown.join(", ")
    };
    // The others only: the application's own change is said above.
    let others = |list: &[(String, crate::money::Sek)]| -> Vec<String> {
        list.iter()
            .filter(|(x, _)| x != id)
            .map(|(x, v)| t::effect_item(x, &v.to_kr_string()))
            .collect()
    };
    let (entered, left) = (others(&c.entered), others(&c.left));
    let changed: Vec<String> = c
        .changed
        .iter()
        .filter(|x| x.id != id)
        .map(|x| t::effect_changed_item(&x.id, &x.a.to_kr_string(), &x.b.to_kr_string()))
        .collect();
    if entered.is_empty() && left.is_empty() && changed.is_empty() {
        out.push(t::EFFECT_NO_OTHERS.to_string());
    }
    if !entered.is_empty() {
        out.push(t::effect_entered(&list(entered)));
    }
    if !left.is_empty() {
        out.push(t::effect_left(&list(left)));
    }
    if !changed.is_empty() {
        out.push(t::effect_changed(&list(changed)));
    }
    out.join(" ")
}

/// The version token of one application's assessment in the overlay: a save is refused only
/// when someone changed *this* application since the page was opened (others' saves to other
/// applications are kept: the overlay is read again under the lock and only this entry
/// replaced).
fn entry_token(bytes: &[u8], overlay: &std::path::Path, id: &str) -> String {
    let entries = crate::files::applications::overlay_entries(bytes, overlay);
    let text = entries.get(id).map_or_else(String::new, |e| {
        crate::files::applications::write_overlay(
            &std::iter::once((id.to_string(), e.clone())).collect(),
        )
    });
    assess::token(text.as_bytes())
}

/// The outcome of checking and writing an assessment.
enum Saved {
    Done,
    /// Someone saved first: their change as the log has it.
    Conflict(Option<assess::Entry>),
    Invalid(Vec<String>),
    Unchanged,
}

/// `POST /ansokan/{id}/bedomning`: checks every field, the version, writes the overlay and the
/// audit log, and loads the scenarios that use these applications again.
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
    let index = crate::web::pages::application::find(&ctx, &id)?;
    let q = &ctx.params;
    let mut errors = Vec::new();
    let field = |id: &str, message: String| FieldError {
        field: Some(id.to_string()),
        message,
    };
    // A logged-in user is who the log names; on loopback the form asks.
    let who = match &ctx.viewer.user {
        Some(user) => user.clone(),
        None => q.get("vem").unwrap_or("").to_string(),
    };
    let why = q.get("skal").unwrap_or("").to_string();
    let p = ctx.p();
    let sections = sections(p, &p.applications[index]);
    let mut lists = read_ratings(q, &sections, &mut errors);
    let status = match q.get("status") {
        None => None,
        Some(v) => match Status::ALL.iter().find(|(k, _)| *k == v) {
            Some((k, _)) => Some(k.to_string()),
            None => {
                let names: Vec<&str> = Status::ALL.iter().map(|(_, s)| s.name()).collect();
                errors.push(field(
                    "f-status",
                    t::bad_choice(t::ASSESS_STATUS.text(), v, &names),
                ));
                None
            }
        },
    };
    if who.is_empty() {
        errors.push(field("f-who", t::ASSESS_WHO_MISSING.to_string()));
    } else if who.chars().count() > MAX_WHO {
        errors.push(field("f-who", t::too_long(t::ASSESS_WHO.text(), MAX_WHO)));
    }
    if why.is_empty() {
        errors.push(field("f-why", t::ASSESS_WHY_MISSING.to_string()));
    } else if why.chars().count() > MAX_WHY {
        errors.push(field("f-why", t::too_long(t::ASSESS_WHY.text(), MAX_WHY)));
    }
    let reply = |status: StatusCode, form: FormState| -> Response {
        (
            status,
            crate::web::pages::application::render(&ctx, index, &form),
        )
            .into_response()
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
    let entry = OverlayEntry {
        links: Some(lists.remove("links").unwrap_or_default()),
        agenda2030: Some(lists.remove("agenda2030").unwrap_or_default()),
        criteria: Some(lists.remove("criteria").unwrap_or_default()),
        status,
    };
    let version = q.get("version").unwrap_or("").to_string();
    let s = ctx.s.clone();
    let st = state.clone();
    let saved = blocking(&state, state.0.work_limit * 2, move || {
        write_assessment(&st, &s, index, entry, &version, &who, &why)
    })
    .await??;
    let back = |flag: &str| {
        let location = format!(
            "/ansokan/{}{}#sparat",
            id,
            crate::web::params::query(&[
                ("scenario".into(), ctx.s.key.clone()),
                (flag.into(), "1".into())
            ])
        );
        crate::web::redirect(&location)
    };
    match saved {
        Saved::Done => Ok(back("sparad")),
        Saved::Unchanged => Ok(back("oforandrad")),
        Saved::Conflict(latest) => {
            // The page again as the other save left it, with both changes merged.
            let now = Ctx::posted(&state, &body, &headers)?;
            let (merged, errors) = merge(&now, index, q);
            let form = FormState {
                submitted: Some(merged),
                errors,
                conflict: Some(latest),
            };
            Ok((
                StatusCode::CONFLICT,
                crate::web::pages::application::render(&now, index, &form),
            )
                .into_response())
        }
        Saved::Invalid(messages) => Ok(reply(
            StatusCode::BAD_REQUEST,
            FormState {
                submitted: Some(q.clone()),
                errors: messages
                    .into_iter()
                    .map(|message| FieldError {
                        field: None,
                        message,
                    })
                    .collect(),
                conflict: None,
            },
        )),
    }
}

fn write_assessment(
    state: &AppState,
    s: &Loaded,
    index: usize,
    entry: OverlayEntry,
    version: &str,
    who: &str,
    why: &str,
) -> Result<Saved, AppError> {
    let p = &s.portfolio;
    let id = p.applications[index].id.as_str();
    let overlay = crate::files::applications::overlay_path(&p.scenario.sources.applications);
    // One save at a time: the version check and the write must not interleave.
    let _guard = state.0.edits.lock().unwrap_or_else(|e| e.into_inner());
    let bytes = assess::current(&overlay).map_err(|e| AppError::Internal(e.to_string()))?;
    if entry_token(&bytes, &overlay, id) != version {
        return Ok(Saved::Conflict(assess::entries(&overlay, id).pop()));
    }
    let what = changes(
        &sections(p, &p.applications[index]),
        &p.applications[index],
        &entry,
    );
    if what.is_empty() {
        return Ok(Saved::Unchanged);
    }
    let mut entries = crate::files::applications::overlay_entries(&bytes, &overlay);
    entries.insert(id.to_string(), entry);
    let text = crate::files::applications::write_overlay(&entries);
    // Check the new overlay exactly as loading will, in every scenario that reads these
    // applications (a status changed here may break another scenario's must_fund): over the
    // applications, scored and judged.
    let affected = state.reading(&p.scenario.sources.applications);
    let portfolios: Vec<&Portfolio> = affected.iter().map(|o| &o.portfolio).collect();
    let (problems, mut rebuilt) =
        assess::judged(&portfolios, &overlay, &text, |root, q, apps, d| {
            let refs = crate::files::applications::Refs {
                strategy: &q.strategy,
                agenda: &q.agenda,
                criteria: q.rules.all_criteria(),
                year: q.scenario.year,
            };
            crate::files::applications::apply_overlay(root, &refs, apps, d);
        });
    let rebuilt = affected
        .iter()
        .position(|o| o.key == s.key)
        .and_then(|k| rebuilt[k].take());
    if !problems.is_empty() {
        return Ok(Saved::Invalid(problems));
    }
    // What the change does to this scenario's proposal, for the notice and the log.
    let consequence = rebuilt.map_or_else(String::new, |new| {
        let after = crate::optimise::optimise(&new, &crate::web::state::quick_settings());
        effect(p, &s.allocation, &new, &after, id)
    });
    // The audit line first: a change may be logged and (killed in between) not made, but
    // never made and not logged.
    assess::audit(&overlay, who, id, &what.join("; "), why, &consequence)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    crate::files::write::keeping_previous(&overlay, text.as_bytes())
        .map_err(|e| AppError::Internal(e.to_string()))?;
    // Every scenario that reads these applications is loaded and optimised again.
    crate::web::pages::reload(state, &affected)?;
    Ok(Saved::Done)
}
