//! Ansökan: one application's score traced through the strategy documents, the rules it passes
//! and breaks, who decides, and why it is or is not in the proposal — with what would change that.

use axum::extract::Path;
use maud::{Markup, html};

use crate::web::pages::assessment::{self, FormState};

use crate::ranking::{explain, rank};
use crate::text::cli as cli_msg;
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::pages::Ctx;
use crate::web::view::{self, Kr, Nav, Prose, num};

pub async fn page(
    id: Result<Path<String>, axum::extract::rejection::PathRejection>,
    ctx: Ctx,
) -> Result<Markup, AppError> {
    let Path(id) = id.map_err(|_| AppError::BadRequest(t::BAD_PATH.to_string()))?;
    let index = find(&ctx, &id)?;
    Ok(render(&ctx, index, &FormState::default()))
}

pub(crate) fn find(ctx: &Ctx, id: &str) -> Result<usize, AppError> {
    let p = ctx.p();
    p.applications
        .iter()
        .position(|a| a.id == id)
        .ok_or_else(|| {
            let hint = crate::problem::suggestion(id, p.ids());
            AppError::NotFound(t::unknown_application(id, hint))
        })
}

pub(crate) fn render(ctx: &Ctx, index: usize, form: &FormState) -> Markup {
    let state = &ctx.state;
    let p = ctx.p();
    state.want_detail(&ctx.s);
    state.want_stability(&ctx.s);
    let app = &p.applications[index];
    let a = &p.assessments[index];
    let e = explain(p, app, a);
    let ranking = rank(p);
    let position = ranking.iter().find(|r| r.app.id == app.id).map(|r| r.rank);
    let allocation = ctx.s.best();
    let detailed = ctx.s.detailed.get().is_some();
    let funded = allocation.funded.iter().find(|f| f.app == index);
    let not_funded = allocation.not_funded.iter().find(|n| n.app == index);
    let title = format!("{} – {}", app.id, app.title);
    let body = html! {
        p { a href=(format!("/ansokningar{}", crate::web::params::query(&crate::web::pages::applications::list_pairs(ctx)))) { (t::BACK_TO_LIST) } }
        @if !form.troubled() {
            @if let Some(notice) = assessment::saved_notice(ctx, index) { (notice) }
        }
        section.verdict aria-labelledby="forslaget" {
        h2 id="forslaget" { (t::WHY_HEADING) }
        @if let Some(f) = funded {
            p.verdict { span.yes { (t::VERDICT_GRANT) } ". " (Prose(&f.explanation.render())) }
            p { (cli_msg::DECIDED_BY) ": " (f.decision_body) }
            @if let Some(Some(reason)) = &f.must_fund { p { (t::must_fund_reason(reason)) } }
        } @else if let Some(n) = not_funded.filter(|n| n.reason == crate::optimise::Reason::PaidNationally) {
            p.verdict { strong { (t::VERDICT_OUTSIDE) } ". " (Prose(&n.explanation.render())) }
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
        } @else if let Some(d) = &app.decision {
            // A decision recorded in anslag: what, by whom and when, and where it departs
            // from the proposal, what that was and why.
            p.verdict {
                @if d.granted { span.yes { (t::DECISIONS_GRANTED) } } @else { span.no { (t::DECISIONS_REJECTED) } }
                " "
                (t::decision_line(d.granted.then_some(d.amount), &d.body, &d.date.to_string(), &d.case_number))
            }
            @if let Some(proposed) = d.proposed.filter(|p| *p != d.amount) { p { (t::decisions_was_proposed(proposed)) } }
            @if !d.reason.is_empty() { p { (t::DECISIONS_REASON) ": " (d.reason) } }
            p { a href=(ctx.link("/beslut")) { (t::DECISIONS_RECORDED) } }
        } @else {
            p { (cli_msg::NOT_A_CANDIDATE) }
        }
        @let stability = ctx.s.stability.get();
        // A form paid from national funds, or an application that is not eligible, is never
        // proposed: no stability to tell.
        @let national = not_funded.is_some_and(|n| n.reason == crate::optimise::Reason::PaidNationally)
            || !a.eligibility.eligible();
        @match stability {
            Some(s) if s.funded.contains_key(&index) && !national => {
                p {
                    (t::stability_sentence(stability_key(s.class(index)), s.share(index), s.draws, s.spread))
                    " " a href="/ordlista#saker-osaker-och-utanfor" { (t::STABILITY_WHAT) }
                }
            }
            None if app.status.is_candidate() && state.has_worker() && !national => { p.note role="status" { (t::STABILITY_SENTENCE_PENDING) } }
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
            @if !part.not_counted.is_empty() {
                p { (cli_msg::NOT_COUNTED) }
                ul { @for o in &part.not_counted { li { (o) } } }
            }
        }

        h2 { (t::RULES_HEADING) }
        p { (t::rules_period(&a.eligibility.period)) }
        @if let Some((basis, source)) = &a.eligibility.legal_basis {
            p { (basis) @if !source.is_empty() { " " span.sub { "(" (cli_msg::SOURCE) ": " (source) ")" } } }
        }
        @if a.eligibility.eligible() {
            p.yes-text { (t::ELIGIBLE_YES) }
        } @else {
            p.no-text { (t::ELIGIBLE_NO) }
            ul { @for b in &a.eligibility.breaches { li { (b.message) " " span.sub { "(" (cli_msg::SOURCE) ": " (b.source) ")" } } } }
        }
        @if let Some(dm) = &a.eligibility.de_minimis {
            @if let Some(lead) = a.eligibility.de_minimis_lead() { p { (lead) } }
            @if !dm.counted.is_empty() {
                ul { @for aid in &dm.counted { li { (aid.line()) } } }
            }
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

        (assessment::log_section(ctx, index))
        @if state.0.access.can_save() {
            (assessment::form(ctx, index, form))
        }
    };
    view::page(
        &ctx.frame(&title, Nav::Applications, &format!("/ansokan/{}", app.id)),
        body,
    )
}

/// The stability class as the key the sentence chooses by.
fn stability_key(class: crate::stability::Class) -> &'static str {
    match class {
        crate::stability::Class::Saker => "saker",
        crate::stability::Class::Osaker => "osaker",
        crate::stability::Class::Utanfor => "utanfor",
    }
}
