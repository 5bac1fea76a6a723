//! Rapporter: the annual reports on the recorded decisions, printable on A4. The report on the
//! villkorsbeslut (`/rapport/villkor`, also as XLSX), the report to the nämnd with a one-page
//! presentation of every granted project (`/rapport/namnd`) and the whole county
//! (`/rapport/lanet`). All are the tables `crate::report` builds, as `anslag report` prints.

use axum::response::Response;
use maud::{Markup, html};

use crate::export::Sheet;
use crate::report::Villkor;
use crate::text::report as r;
use crate::text::web as t;
use crate::web::error::AppError;
use crate::web::pages::Ctx;
use crate::web::view::{self, Kr, Nav};

/// The year asked for (`ar`, `report::report_year`'s rule) and the years to choose from.
fn year(ctx: &Ctx) -> Result<(i32, Vec<i32>), AppError> {
    let p = ctx.p();
    let years = crate::report::years(p);
    let asked =
        match ctx.params.get("ar") {
            None | Some("") => None,
            Some(text) => Some(text.trim().parse::<i32>().map_err(|_| {
                AppError::BadRequest(r::bad_year_text(text, &r::known_years(&years)))
            })?),
        };
    let year =
        crate::report::report_year(p, asked).map_err(|e| AppError::BadRequest(e.render()))?;
    let mut shown = years;
    if !shown.contains(&p.scenario.year) {
        shown.push(p.scenario.year);
        shown.sort_unstable();
    }
    Ok((year, shown))
}

/// The year picker of a report page (a GET form: works without JavaScript).
fn picker(ctx: &Ctx, action: &str, year: i32, years: &[i32]) -> Markup {
    html! {
        form.filters method="get" action=(action) {
            @if ctx.s.key != ctx.default_key { input type="hidden" name="scenario" value=(ctx.s.key); }
            (view::lang_field())
            label for="ar" { (t::F_YEAR) }
            " "
            select id="ar" name="ar" {
                @for y in years {
                    option value=(y) selected[*y == year] { (y) }
                }
            }
            " "
            button type="submit" { (t::REPORT_SHOW) }
        }
    }
}

/// A report table: its name as the heading, the sums in bold.
fn sheet_table(sheet: &Sheet, id: &str) -> Markup {
    let total = r::TOTAL.text();
    let rows = sheet.shown_rows();
    html! {
        h2 id=(id) { (sheet.name) }
        (view::scroll(&sheet.name, html! {
            table.report {
                caption.visually-hidden { (sheet.name) }
                thead { tr {
                    @for (c, (h, _)) in sheet.columns.iter().enumerate() {
                        th scope="col" class=[sheet.numeric(c).then_some("num")] { (h) }
                    }
                } }
                tbody {
                    @for row in &rows {
                        @let sum = row.first().is_some_and(|f| f == total || f.starts_with(&format!("{total} ")));
                        tr class=[sum.then_some("sum")] {
                            @for (c, cell) in row.iter().enumerate() {
                                @if c == 0 && sum {
                                    th scope="row" { (cell) }
                                } @else {
                                    td class=[sheet.numeric(c).then_some("num")] { (cell) }
                                }
                            }
                        }
                    }
                }
            }
        }))
    }
}

/// The three reports, the one shown marked, for the same year.
fn others(ctx: &Ctx, here: &str, year: i32) -> Markup {
    let reports = [
        ("/rapport/villkor", t::REPORT_TO_VILLKOR),
        ("/rapport/namnd", t::REPORT_TO_RUN),
        ("/rapport/lanet", t::REPORT_TO_COUNTY),
    ];
    html! {
        nav.reports aria-label=(t::REPORTS_NAV) {
            ul {
                @for (path, name) in reports {
                    li {
                        @if path == here {
                            a href=(ctx.link(&format!("{path}?ar={year}"))) aria-current="page" { (name) }
                        } @else {
                            a href=(ctx.link(&format!("{path}?ar={year}"))) { (name) }
                        }
                    }
                }
            }
        }
    }
}

/// The summary sentence of a year's decisions, or that there are none.
fn summary(v: &Villkor) -> Markup {
    html! {
        @if v.grants.is_empty() && v.rejected.is_empty() {
            p role="status" { (r::no_decisions(v.year)) }
        } @else {
            p role="status" {
                (r::summary(v.grants.len(), v.total, v.rejected.len()))
                @if let Some(d) = v.updated { " " (r::updated(&d.to_string())) }
            }
        }
    }
}

/// `GET /rapport/villkor`: the report on the villkorsbeslut.
pub async fn villkor(ctx: Ctx) -> Result<Markup, AppError> {
    let (year, years) = year(&ctx)?;
    let p = ctx.p();
    let v = crate::report::villkor(p, year);
    let sheets = crate::report::villkor_sheets(p, &v);
    let title = r::villkor_title(year);
    let query = view::link("", Some(&ctx.s.key), &ctx.default_key);
    let query = if query.is_empty() {
        format!("?ar={year}")
    } else {
        format!("{query}&ar={year}")
    };
    let body = html! {
        (others(&ctx, "/rapport/villkor", year))
        p.lead { (r::villkor_intro(year, &v.region)) }
        (picker(&ctx, "/rapport/villkor", year, &years))
        (summary(&v))
        @if !v.grants.is_empty() || !v.rejected.is_empty() {
            p.downloads {
                (t::REPORT_DOWNLOAD) ": "
                a href=(format!("/rapport/villkor.xlsx{query}")) download { (t::XLSX) }
            }
            div.report-tables {
                @for (k, sheet) in sheets.iter().enumerate() {
                    (sheet_table(sheet, &format!("tabell-{}", k + 1)))
                }
            }
            h2 { (t::REPORT_ABOUT) }
            p { (r::SPLIT_NOTE) }
            p { (r::PAYMENTS_NOTE) }
            @if let Some(m) = &p.municipalities { p { (r::population(&m.source, &m.date.to_string())) } }
        }
    };
    Ok(view::page(
        &ctx.frame(&title, Nav::Reports, "/rapport/villkor"),
        body,
    ))
}

/// `GET /rapport/villkor.xlsx`: the same report as a workbook, one sheet per table.
pub async fn villkor_xlsx(ctx: Ctx) -> Result<Response, AppError> {
    let (year, _) = year(&ctx)?;
    let p = ctx.p();
    let v = crate::report::villkor(p, year);
    let sheets = crate::report::villkor_sheets(p, &v);
    crate::web::pages::export::send_file(&format!("villkorsrapport-{year}"), "xlsx", &sheets)
}

/// `GET /rapport/namnd`: the report to the nämnd, with a page per granted project.
pub async fn run(ctx: Ctx) -> Result<Markup, AppError> {
    let (year, years) = year(&ctx)?;
    let p = ctx.p();
    let v = crate::report::villkor(p, year);
    let sheets = crate::report::run_sheets(p, &v);
    let title = r::run_title(year);
    let body = html! {
        (others(&ctx, "/rapport/namnd", year))
        p.lead { (r::RUN_INTRO) }
        (picker(&ctx, "/rapport/namnd", year, &years))
        (summary(&v))
        @if !v.grants.is_empty() || !v.rejected.is_empty() {
            div.report-tables {
                @for (k, sheet) in sheets.iter().enumerate() {
                    (sheet_table(sheet, &format!("tabell-{}", k + 1)))
                }
            }
        }
        @if !v.grants.is_empty() {
            h2.presentations-heading { (r::PRESENTATIONS) }
            @for &i in &v.grants {
                (presentation(&ctx, i))
            }
        }
    };
    Ok(view::page(
        &ctx.frame(&title, Nav::Reports, "/rapport/namnd"),
        body,
    ))
}

/// One granted project on a page of its own: who, why, the money, the strategies, Agenda 2030
/// and the decision.
fn presentation(ctx: &Ctx, i: usize) -> Markup {
    use crate::text::cli as c;
    let p = ctx.p();
    let a = &p.applications[i];
    let pr = crate::report::presentation(p, i);
    let id = format!("projekt-{}", a.id);
    html! {
        section.presentation aria-labelledby=(id) {
            h3 id=(id) { a href=(ctx.link(&format!("/ansokan/{}", a.id))) { (a.id) } " – " (a.title) }
            dl.facts {
                dt { (c::APPLICANT) } dd { (a.applicant.name) " · " (a.applicant.kind.name()) }
                dt { (c::SUPPORT) } dd { (a.support.name()) @if let Some(f) = a.form { " – " (f.name()) } }
                dt { (c::MUNICIPALITIES) } dd { (a.municipalities.join(", ")) }
                dt { (r::MONEY) } dd { (Kr(a.granted())) }
                @if a.years.len() > 1 { dt { (c::YEARS) } dd { (crate::report::years_line(a)) } }
                @for cf in &a.cofinancing {
                    dt { (c::COFINANCING) }
                    dd { (cf.source) ": " (Kr(cf.amount)) " (" (if cf.public { c::PUBLIC } else { c::PRIVATE }) ")" }
                }
            }
            h4 { (r::PURPOSE) }
            p { @if let Some(d) = &a.description { (d) } @else { (r::NO_DESCRIPTION) } }
            h4 { (r::STRATEGY) }
            @if pr.paths.is_empty() {
                p { (r::NO_LINKS) }
            } @else {
                ul { @for path in &pr.paths { li { (path) } } }
            }
            h4 { (r::AGENDA) }
            @if pr.goals.is_empty() {
                p { (r::NO_GOALS) }
            } @else {
                ul { @for g in &pr.goals { li { (g) } } }
            }
            h4 { (r::DECISION) }
            p { (pr.decision) }
        }
    }
}

/// `GET /rapport/lanet`: the whole county, per municipality, and how evenly the money per
/// inhabitant is spread.
pub async fn county(ctx: Ctx) -> Result<Markup, AppError> {
    let (year, years) = year(&ctx)?;
    let p = ctx.p();
    let c = crate::report::county(p, year);
    let sheet = crate::report::county_sheet(&c);
    let title = r::county_title(year);
    let body = html! {
        (others(&ctx, "/rapport/lanet", year))
        p.lead { (r::COUNTY_INTRO) }
        (picker(&ctx, "/rapport/lanet", year, &years))
        @for s in crate::report::county_sentences(&c) { p { (s) } }
        div.report-tables { (sheet_table(&sheet, "tabell-1")) }
        h2 { (t::REPORT_ABOUT) }
        p { (r::COUNTY_NOTE) }
        @if let Some(m) = &p.municipalities { p { (r::population(&m.source, &m.date.to_string())) } }
    };
    Ok(view::page(
        &ctx.frame(&title, Nav::Reports, "/rapport/lanet"),
        body,
    ))
}
