//! Beslutsunderlag: the decision document for the nämnd and the styrelse. A heading block
//! (matter, to whom, date, diarienummer, version), then *Förslag till beslut* per deciding body
//! — each body of the guideline always shown, with what it decides on — each application with
//! its amount and a two-sentence motivation; how the proposal was made and what the other
//! strategies would change; the pictures; and the delegation decisions as an appendix.

use std::collections::BTreeMap;

use maud::{Markup, html};

use crate::application::{Application, Support};
use crate::money::Sek;
use crate::optimise::{Allocation, Funded, NotFunded};
use crate::portfolio::Portfolio;
use crate::ranking::{explain, rank};
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::pages::{Ctx, status_sentence};
use crate::web::view::{self, Kr, Nav, Prose, chart, num};

/// The longest diarienummer the page prints (a real one is about 15 characters).
const DNR_MAX: usize = 40;

/// What one deciding body is asked to decide.
struct Body<'a> {
    name: String,
    /// The pots it decides on above the threshold (from the guideline), if any.
    pots: Vec<Support>,
    grants: Vec<&'a Funded>,
    rejections: Vec<&'a NotFunded>,
}

pub async fn page(ctx: Ctx) -> Result<Markup, AppError> {
    let p = ctx.p();
    // With the counterfactuals and the other strategies once the worker has them.
    ctx.state.want_detail(&ctx.s);
    let a = ctx.s.best();
    let pending = ctx.s.detailed.get().is_none() && ctx.state.has_worker();
    let s = &p.scenario;
    let ranks: BTreeMap<&str, usize> = rank(p)
        .iter()
        .map(|r| (r.app.id.as_str(), r.rank))
        .collect();
    let rules = crate::date::Date::first_of_year(s.year).and_then(|d| p.rules.at(d));
    let delegation = rules.map(|r| r.decision.delegation.as_str());
    let (bodies, delegated) = bodies(p, a, rules, &ranks);
    let total_budget: Sek = s.budgets().values().copied().sum();
    let total: Sek = a.funded.iter().map(|f| f.amount).sum();
    let decided: Sek = a.pots.values().map(|x| x.decided).sum();
    let dnr: String = ctx
        .params
        .get("dnr")
        .map(|d| d.trim().chars().take(DNR_MAX).collect())
        .unwrap_or_default();
    let today = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| crate::date::Date::from_unix_days((d.as_secs() / 86_400) as i64));
    let to: Vec<&str> = bodies.iter().map(|b| b.name.as_str()).collect();
    let threshold = rules.map(|r| r.decision.threshold);
    let title = t::memo_title(&s.name);
    let body = html! {
        dl.memo-head {
            dt { (t::MEMO_MATTER_LABEL) } dd { (t::memo_matter(s.year)) }
            dt { (t::MEMO_TO_LABEL) } dd { (and(&to)) }
            dt { (t::MEMO_DATE_LABEL) } dd { (today.map(|d| d.to_string()).unwrap_or_default()) }
            dt { (t::MEMO_DNR_LABEL) } dd { @if dnr.is_empty() { span.blank { (t::MEMO_DNR_BLANK) } } @else { (dnr) } }
            dt { (t::MEMO_VERSION_LABEL) } dd { (t::memo_version(&s.name, &version(p, a))) }
        }
        form.dnr method="get" action="/beslutsunderlag" {
            @if ctx.s.key != ctx.default_key { input type="hidden" name="scenario" value=(ctx.s.key); }
            (view::lang_field())
            label for="dnr" { (t::MEMO_DNR_FIELD) }
            input id="dnr" name="dnr" type="text" maxlength=(DNR_MAX) value=(dnr);
            button type="submit" { (t::MEMO_DNR_BUTTON) }
        }
        (crate::web::pages::export::links("forslag", &crate::web::view::link("", Some(&ctx.s.key), &ctx.default_key), t::DOWNLOAD_PROPOSAL.text()))
        section aria-labelledby="sammanfattning" {
            h2 id="sammanfattning" { (t::SUMMARY_HEADING) }
            p {
                (t::memo_summary(&total.to_mkr_string(1), &total_budget.to_mkr_string(1), a.funded.len(), s.year))
                // What earlier meetings of the year have granted comes out of the same budget.
                @if !decided.is_zero() { " " (t::memo_decided(&decided.to_mkr_string(1), s.year)) }
            }
            (crate::web::pages::strategy_paragraph(a.strategy))
            // Forms paid from national funds are decided beside the proposal: named, not hidden.
            @let national: Vec<&crate::application::Application> = a.not_funded.iter()
                .filter(|n| n.reason == crate::optimise::Reason::PaidNationally)
                .map(|n| &p.applications[n.app])
                .collect();
            @if !national.is_empty() {
                p { (t::memo_national(
                    &national.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
                    &national.iter().filter_map(|a| a.form).map(|f| f.name()).collect::<Vec<_>>(),
                )) }
            }
        }
        section aria-labelledby="forslag-till-beslut" {
            h2 id="forslag-till-beslut" { (t::MEMO_DECISION_HEADING) }
            @for b in &bodies {
                (body_section(p, b, threshold, &ranks))
            }
            @if let (Some(delegation), Some(threshold)) = (delegation, threshold) {
                p { (t::memo_delegation_note(delegation, &threshold.to_kr_string(), delegated.grants.len(), delegated.rejections.len())) }
            }
        }
        section aria-labelledby="underlag" {
            h2 id="underlag" { (t::MEMO_BASIS_HEADING) }
            // Only "Flest poäng" measures in points; the others' gains have no unit a reader knows.
            @if a.strategy == crate::scenario::Objective::Score {
                p { (status_sentence(a)) " " (t::gain_sentence(&num(a.gain(), 1), a.baseline.funded.len())) }
            } @else {
                p { (status_sentence(a)) }
            }
            @if !a.overrides.is_empty() {
                h3 { (t::OVERRIDES_HEADING) }
                ul { @for o in &a.overrides { li { (crate::web::view::Prose(&o.effect(ctx.p()).render())) } } }
            }
            @if !a.limits.is_empty() {
                h3 { (crate::text::optimise::LIMITS_HEADING) }
                ul { @for l in &a.limits { li { (crate::web::view::Prose(&l.effect(ctx.p()).render())) } } }
            }
            (crate::web::view::pots_table(a, t::PER_POT_CAPTION.text()))
            @if !s.constraints.is_empty() || s.min_score.is_some() {
                h3 { (t::MEMO_CONDITIONS_HEADING) }
                ul {
                    @if let Some(min) = s.min_score { li { (t::memo_min_score(&num(min, 1))) } }
                    @for c in &s.constraints { li { (c.name) } }
                }
            }
            (others(p, a, pending))
        }
        section.pictures aria-labelledby="bilder" {
            h2 id="bilder" { (t::PICTURES_HEADING) }
            (chart(crate::charts::score_and_amount(p, a), "memo-poang"))
            (chart(crate::charts::by_malomrade(p, a), "memo-malomrade"))
            (chart(crate::charts::by_pot_and_year(a), "memo-pott"))
        }
        @if let Some(delegation) = delegation {
            (appendix(p, &delegated, delegation, threshold))
        }
    };
    Ok(view::page(
        &ctx.frame(&title, Nav::Memo, "/beslutsunderlag"),
        body,
    ))
}

/// The deciding bodies, each of the guideline's always (in the order of its pots), others
/// that the applications name after them; and what is decided on delegation.
fn bodies<'a>(
    p: &Portfolio,
    a: &'a Allocation,
    rules: Option<&crate::rules::RuleSet>,
    ranks: &BTreeMap<&str, usize>,
) -> (Vec<Body<'a>>, Body<'a>) {
    let delegation = rules.map(|r| r.decision.delegation.clone());
    let mut list: Vec<Body> = Vec::new();
    let mut delegated = Body {
        name: delegation.clone().unwrap_or_default(),
        pots: Vec::new(),
        grants: Vec::new(),
        rejections: Vec::new(),
    };
    if let Some(r) = rules {
        for (pot, name) in &r.decision.bodies {
            match list.iter_mut().find(|b| &b.name == name) {
                Some(b) => b.pots.push(*pot),
                None => list.push(Body {
                    name: name.clone(),
                    pots: vec![*pot],
                    grants: Vec::new(),
                    rejections: Vec::new(),
                }),
            }
        }
    }
    fn slot<'a, 'b>(
        list: &'b mut Vec<Body<'a>>,
        delegated: &'b mut Body<'a>,
        delegation: Option<&str>,
        name: &str,
    ) -> &'b mut Body<'a> {
        if delegation == Some(name) {
            return delegated;
        }
        if let Some(i) = list.iter().position(|b| b.name == name) {
            return &mut list[i];
        }
        list.push(Body {
            name: name.to_string(),
            pots: Vec::new(),
            grants: Vec::new(),
            rejections: Vec::new(),
        });
        list.last_mut().expect("just pushed")
    }
    for f in &a.funded {
        slot(
            &mut list,
            &mut delegated,
            delegation.as_deref(),
            &f.decision_body,
        )
        .grants
        .push(f);
    }
    // A form paid from national funds is not part of the proposal from the region's pots.
    for n in a
        .not_funded
        .iter()
        .filter(|n| n.reason != crate::optimise::Reason::PaidNationally)
    {
        let name = &p.assessments[n.app].decision_body;
        slot(&mut list, &mut delegated, delegation.as_deref(), name)
            .rejections
            .push(n);
    }
    let rank_of = |app: usize| {
        ranks
            .get(p.applications[app].id.as_str())
            .copied()
            .unwrap_or(usize::MAX)
    };
    // The appendix is looked up by case number: by pot, then number.
    let by_number = |app: usize| (p.applications[app].support, p.applications[app].id.clone());
    delegated.grants.sort_by_key(|f| by_number(f.app));
    delegated.rejections.sort_by_key(|n| by_number(n.app));
    for b in list.iter_mut() {
        b.grants.sort_by(|x, y| {
            y.score
                .total_cmp(&x.score)
                .then_with(|| p.applications[x.app].id.cmp(&p.applications[y.app].id))
        });
        b.rejections.sort_by_key(|n| (rank_of(n.app), n.app));
    }
    (list, delegated)
}

/// One body's part of the proposal: what it decides on, then what it is asked to grant and
/// to reject.
fn body_section(
    p: &Portfolio,
    b: &Body,
    threshold: Option<Sek>,
    ranks: &BTreeMap<&str, usize>,
) -> Markup {
    let granted: Sek = b.grants.iter().map(|f| f.amount).sum();
    let pots: Vec<&str> = b.pots.iter().map(|s| s.lower().text()).collect();
    html! {
        section.decision {
        h3 { (b.name) }
        @if let (false, Some(threshold)) = (pots.is_empty(), threshold) {
            p.decides { (t::memo_decides(&b.name, &and(&pots), &threshold.to_kr_string())) }
        }
        @if b.grants.is_empty() && b.rejections.is_empty() {
            p { (t::memo_nothing(&b.name)) }
        } @else {
            p.motion { (Prose(&t::memo_propose(&b.name, b.grants.len(), &granted.to_kronor_string(), b.rejections.len()))) }
        }
        @if !b.grants.is_empty() {
            (decision_table(&t::memo_grant_caption(&b.name), t::AMOUNT.text(), b.grants.iter().map(|f| {
                (&p.applications[f.app], f.amount, html! { (Prose(&grant_reason(p, f, ranks))) })
            })))
        }
        @if !b.rejections.is_empty() {
            (decision_table(&t::memo_reject_caption(&b.name), t::COL_REQUESTED.text(), b.rejections.iter().map(|n| {
                let app = &p.applications[n.app];
                (app, app.requested, html! { (t::MEMO_REJECT) " " (Prose(&n.explanation.render())) })
            })))
        }
        }
    }
}

/// One body's grants or rejections: the application, its municipalities, the amount and why.
fn decision_table<'a>(
    caption: &str,
    amount_heading: &str,
    rows: impl Iterator<Item = (&'a Application, Sek, Markup)>,
) -> Markup {
    view::scroll(
        caption,
        html! {
            table.memo {
                caption { (caption) }
                thead { tr {
                    th scope="col" class="c-app" { (t::MEMO_COL_APPLICATION) }
                    th scope="col" class="c-mun" { (t::COL_MUNICIPALITY) }
                    th scope="col" class="c-amount num" { (amount_heading) }
                    th scope="col" class="c-why" { (t::REASON) }
                } }
                tbody {
                    @for (app, amount, why) in rows {
                        tr {
                            td { strong { (app.id) } br; (app.title) @if let Some(a) = applicant_if_new(app) { br; span.sub { (a) } } }
                            td { (app.municipalities.join(", ")) }
                            td.num { (Kr(amount)) }
                            td { (why) }
                        }
                    }
                }
            }
        },
    )
}

/// The applicant's name, unless the project's title already ends with it.
fn applicant_if_new(app: &Application) -> Option<&str> {
    (!app.title.contains(&app.applicant.name)).then_some(app.applicant.name.as_str())
}

/// The two sentences about a funded application: what it gets, and why.
fn grant_reason(p: &Portfolio, f: &Funded, ranks: &BTreeMap<&str, usize>) -> String {
    let app = &p.applications[f.app];
    let e = explain(p, &p.applications[f.app], &p.assessments[f.app]);
    // The strongest strategic anchor: the alignment line worth most, named by its rated
    // node and the plan or målområde it belongs to (the full path is on the Ansökan page).
    let top = e
        .parts
        .iter()
        .filter(|part| part.part == crate::scenario::Part::Alignment)
        .flat_map(|part| part.lines.iter())
        .max_by(|x, y| x.points.total_cmp(&y.points))
        .and_then(|l| {
            let node = p.strategy.node(l.nodes.first()?)?;
            let context = p
                .strategy
                .plan_name(&node.id)
                .map(str::to_string)
                .or_else(|| {
                    l.nodes
                        .iter()
                        .filter_map(|id| p.strategy.node(id))
                        .find(|n| n.level == crate::strategy::Level::Malomrade && n.id != node.id)
                        .map(|n| n.name.clone())
                });
            Some(match context {
                Some(c) => format!("{} ({c})", node.name),
                None => node.name.clone(),
            })
        });
    t::memo_reason(
        f.amount,
        app.requested,
        &num(f.score, 1),
        ranks.get(app.id.as_str()).copied(),
        top.as_deref(),
        f.must_fund.as_ref(),
    )
}

/// What each of the other two strategies would fund differently, by case number; never their
/// totals, which are measured differently and do not compare.
fn others(p: &Portfolio, a: &Allocation, pending: bool) -> Markup {
    let ids = |list: &[usize]| -> String {
        const SHOWN: usize = 12;
        let shown: Vec<&str> = list
            .iter()
            .take(SHOWN)
            .map(|i| p.applications[*i].id.as_str())
            .collect();
        if list.is_empty() {
            t::MEMO_OTHERS_NONE.to_string()
        } else {
            t::memo_ids(&shown.join(", "), list.len().saturating_sub(SHOWN))
        }
    };
    html! {
        h3 { (t::MEMO_OTHERS_HEADING) }
        @if a.others.is_empty() && pending {
            p { (t::MEMO_OTHERS_PENDING) }
        } @else if a.others.is_empty() {
            p { (t::MEMO_OTHERS_MISSING) }
        } @else {
            (view::scroll(t::MEMO_OTHERS_CAPTION.text(), html! {
                table.memo.others {
                    caption { (t::MEMO_OTHERS_CAPTION) }
                    thead { tr {
                        th scope="col" class="c-strategy" { (t::STRATEGY) }
                        th scope="col" class="c-count num" { (t::MEMO_COL_FUNDED) }
                        th scope="col" class="c-in" { (t::MEMO_COL_ENTERING) }
                        th scope="col" class="c-why" { (t::MEMO_COL_LEAVING) }
                    } }
                    tbody {
                        @for o in &a.others {
                            tr {
                                th scope="row" { (o.strategy.name()) }
                                td.num { (o.funded) }
                                td { (Prose(&ids(&o.entering))) }
                                td { (Prose(&ids(&o.leaving))) }
                            }
                        }
                    }
                }
            }))
        }
    }
}

/// The appendix: what is decided on delegation, summed per pot, then one line per application.
fn appendix(p: &Portfolio, d: &Body, delegation: &str, threshold: Option<Sek>) -> Markup {
    let mut per_pot: BTreeMap<Support, (usize, Sek, usize)> = BTreeMap::new();
    for f in &d.grants {
        let e = per_pot.entry(p.applications[f.app].support).or_default();
        e.0 += 1;
        e.1 += f.amount;
    }
    for n in &d.rejections {
        per_pot.entry(p.applications[n.app].support).or_default().2 += 1;
    }
    let sum = |it: &mut dyn Iterator<Item = &(usize, Sek, usize)>| {
        it.fold((0, Sek::ZERO, 0), |acc, x| {
            (acc.0 + x.0, acc.1 + x.1, acc.2 + x.2)
        })
    };
    let all = sum(&mut per_pot.values());
    html! {
        section.appendix aria-labelledby="bilaga-delegation" {
            h2 id="bilaga-delegation" { (t::memo_appendix_heading(delegation)) }
            @if let Some(threshold) = threshold {
                p { (t::memo_appendix_intro(&threshold.to_kr_string())) }
            }
            (view::scroll(t::MEMO_APPENDIX_SUMMARY_CAPTION.text(), html! {
                table {
                    caption { (t::MEMO_APPENDIX_SUMMARY_CAPTION) }
                    thead { tr {
                        th scope="col" { (t::POT) }
                        th scope="col" class="num" { (t::MEMO_COL_GRANTS) }
                        th scope="col" class="num" { (t::MEMO_COL_GRANTED_SUM) }
                        th scope="col" class="num" { (t::MEMO_COL_REJECTIONS) }
                    } }
                    tbody {
                        @for (pot, (n, kr, rejected)) in &per_pot {
                            tr {
                                th scope="row" { (pot.name()) }
                                td.num { (n) }
                                td.num { (Kr(*kr)) }
                                td.num { (rejected) }
                            }
                        }
                    }
                    tfoot { tr {
                        th scope="row" { (t::TOTAL) }
                        td.num { (all.0) }
                        td.num { (Kr(all.1)) }
                        td.num { (all.2) }
                    } }
                }
            }))
            (view::scroll(t::MEMO_APPENDIX_LIST_CAPTION.text(), html! {
                table.memo.delegated {
                    caption { (t::MEMO_APPENDIX_LIST_CAPTION) }
                    thead { tr {
                        th scope="col" class="c-id" { (t::COL_ID) }
                        th scope="col" class="c-title" { (t::COL_TITLE) }
                        th scope="col" class="c-pot" { (t::POT) }
                        th scope="col" class="c-amount num" { (t::MEMO_COL_PROPOSAL) }
                    } }
                    tbody {
                        @for f in &d.grants {
                            @let app = &p.applications[f.app];
                            tr {
                                td { (app.id) }
                                td { (app.title) @if let Some(a) = applicant_if_new(app) { ", " span.sub { (a) } } }
                                td { (app.support.name()) }
                                td.num { (Kr(f.amount)) }
                            }
                        }
                        @for n in &d.rejections {
                            @let app = &p.applications[n.app];
                            tr {
                                td { (app.id) }
                                td { (app.title) @if let Some(a) = applicant_if_new(app) { ", " span.sub { (a) } } }
                                td { (app.support.name()) }
                                td.num.wrap { (t::memo_rejected(n.reason.name())) }
                            }
                        }
                    }
                }
            }))
        }
    }
}

/// "a, b och c" in the reader's language.
fn and(words: &[&str]) -> String {
    crate::i18n::Text::And(
        words
            .iter()
            .map(|w| crate::i18n::Text::Plain((*w).to_string()))
            .collect(),
    )
    .render()
}

/// A short code that changes whenever the proposal changes (FNV-1a over the scenario, each
/// funded amount and each reason): two printouts with the same code propose the same.
fn version(p: &Portfolio, a: &Allocation) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    eat(p.scenario.name.as_bytes());
    eat(format!("{:?}", a.strategy).as_bytes());
    for f in &a.funded {
        eat(p.applications[f.app].id.as_bytes());
        eat(f.amount.to_json_string().as_bytes());
    }
    for n in &a.not_funded {
        eat(p.applications[n.app].id.as_bytes());
        eat(format!("{:?}", n.reason).as_bytes());
    }
    let hex = format!("{:016X}", h);
    format!("{}-{}", &hex[..4], &hex[4..8])
}
