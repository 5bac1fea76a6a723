//! Charts as SVG, drawn with plotters' SVG backend (no system fonts: plotters' naive text
//! layout is enough for SVG, where the viewer sets the text). Every chart carries a `<title>`
//! and a `<desc>` for screen readers, and uses black lines and marks so it prints in black and
//! white. Used by the CLI now and the web UI next.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::sweep::{Range, Sweep};
use crate::text::charts as msg;

/// Escapes text for XML (the chart's title and description come from files).
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Adds a title and a description right after the opening `<svg …>` tag and labels the image
/// for assistive technology.
fn accessible(svg: String, title: &str, description: &str) -> String {
    let Some(end) = svg.find('>') else { return svg };
    let (head, rest) = svg.split_at(end);
    format!(
        "{head} role=\"img\" aria-labelledby=\"chart-title chart-desc\"><title id=\"chart-title\">{}</title><desc id=\"chart-desc\">{}</desc>{}",
        xml(title),
        xml(description),
        &rest[1..]
    )
}

/// A drawing error (plotters' English) told in Swedish; the details go to the trace.
fn draw_error(e: impl std::fmt::Display) -> String {
    crate::problem::trace("diagram", &e);
    msg::CANNOT_DRAW.to_string()
}

/// A white SVG canvas of `size` pixels, drawn on by `draw`; returns the SVG text.
fn canvas(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), String>,
) -> Result<String, String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        root.fill(&WHITE).map_err(draw_error)?;
        draw(&root)?;
        root.present().map_err(draw_error)?;
    }
    Ok(svg)
}

/// The budget curve: the summed score of what is proposed against the budget in mkr, each
/// level marked, the levels where applications enter drawn filled.
pub fn frontier(s: &Sweep, scenario: &str) -> Result<String, String> {
    let xs: Vec<f64> = s
        .points
        .iter()
        .map(|p| p.budget.to_f64() / 1_000_000.0)
        .collect();
    let ys: Vec<f64> = s.points.iter().map(|p| p.score_sum).collect();
    if xs.is_empty() {
        return Err(msg::NO_POINTS.to_string());
    }
    let (x0, x1) = (
        xs.iter().copied().fold(f64::INFINITY, f64::min),
        xs.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    );
    let (y0, y1) = (
        ys.iter().copied().fold(f64::INFINITY, f64::min),
        ys.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    );
    let pad = |lo: f64, hi: f64| {
        let d = ((hi - lo) * 0.05).max(1e-6);
        (lo - d, hi + d)
    };
    // The axis of value starts at 0, so that the curve's rise is not exaggerated.
    let ((x0, x1), (_, y1)) = (pad(x0, x1), pad(y0, y1));
    let y0 = 0.0_f64.min(y0);
    // The scenario's own budget: the level of 100 % (or the pot's budget as written).
    let today = s
        .points
        .iter()
        .find(|q| match s.range {
            Range::Scale { .. } => q.level == rust_decimal::Decimal::ONE_HUNDRED,
            Range::Pot { .. } => false,
        })
        .map(|q| q.budget.to_f64() / 1_000_000.0);
    let what = match s.range {
        Range::Scale { .. } => msg::ALL_POTS.to_string(),
        Range::Pot { pot, .. } => pot.name().to_string(),
    };
    let title = msg::frontier_title(scenario, &what);
    let svg = canvas((800, 500), |root| {
        let mut chart = ChartBuilder::on(root)
            .caption(&title, ("sans-serif", TITLE_PX))
            .margin(20)
            .x_label_area_size(50)
            .y_label_area_size(70)
            .build_cartesian_2d(x0..x1, y0..y1)
            .map_err(draw_error)?;
        chart
            .configure_mesh()
            .label_style(("sans-serif", TEXT_PX))
            .axis_desc_style(("sans-serif", TEXT_PX))
            .x_desc(msg::X_AXIS)
            .y_desc(msg::Y_AXIS)
            .x_label_formatter(&|v| crate::i18n::number(*v, 1))
            .y_label_formatter(&|v| crate::i18n::whole(v.max(0.0).round() as u64))
            .light_line_style(RGBColor(230, 230, 230))
            .draw()
            .map_err(draw_error)?;
        chart
            .draw_series(LineSeries::new(
                xs.iter().copied().zip(ys.iter().copied()),
                BLACK.stroke_width(2),
            ))
            .map_err(draw_error)?;
        if let Some(x) = today {
            chart
                .draw_series(DashedLineSeries::new(
                    [(x, y0), (x, y1)],
                    8,
                    6,
                    BLUE.stroke_width(2),
                ))
                .map_err(draw_error)?
                .label(msg::today_budget(&crate::i18n::number(x, 1)))
                // Dashed in the legend too: two strokes with a gap, as on the chart.
                .legend(|(x, y)| {
                    EmptyElement::at((x, y))
                        + PathElement::new([(0, 0), (8, 0)], BLUE.stroke_width(2))
                        + PathElement::new([(13, 0), (21, 0)], BLUE.stroke_width(2))
                });
        }
        let entered: Vec<bool> = (0..s.points.len())
            .map(|k| s.changes.iter().any(|c| c.enters.contains(&k)))
            .collect();
        chart
            .draw_series(xs.iter().zip(&ys).zip(&entered).map(|((x, y), e)| {
                let style = if *e {
                    BLACK.filled()
                } else {
                    BLACK.stroke_width(1)
                };
                Circle::new((*x, *y), 4, style)
            }))
            .map_err(draw_error)?;
        if today.is_some() {
            legend(&mut chart, SeriesLabelPosition::LowerRight)?;
        }
        Ok(())
    })?;
    let first = s.points.first();
    let last = s.points.last();
    let description = match (first, last) {
        (Some(a), Some(b)) => msg::frontier_description(
            &a.budget.to_mkr_string(1),
            &b.budget.to_mkr_string(1),
            &crate::i18n::number(a.score_sum, 1),
            &crate::i18n::number(b.score_sum, 1),
            s.points.len(),
            s.changes.iter().filter(|c| !c.enters.is_empty()).count(),
        ),
        _ => String::new(),
    };
    Ok(accessible(svg, &title, &description))
}

/// Text in the charts: 16 px on an 800 px canvas, which the page never shows narrower than
/// 600 px (it scrolls instead), so text is at least 12 px on screen and on A4.
const TEXT_PX: u32 = 16;
const TITLE_PX: u32 = 22;

/// The site's blue, for what is proposed and for the scenario's budget.
const BLUE: RGBColor = RGBColor(11, 78, 162);

/// The legend of the series drawn, boxed, at `position`, in the charts' text size.
fn legend<'a, 'b: 'a>(
    chart: &mut ChartContext<
        'a,
        SVGBackend<'b>,
        Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
    >,
    position: SeriesLabelPosition,
) -> Result<(), String> {
    chart
        .configure_series_labels()
        .label_font(("sans-serif", TEXT_PX))
        .position(position)
        .border_style(BLACK)
        .background_style(WHITE)
        .draw()
        .map_err(draw_error)
}

/// Grey levels that stay apart when printed in black and white, one per pot.
const SHADES: [RGBColor; 3] = [
    RGBColor(30, 30, 30),
    RGBColor(120, 120, 120),
    RGBColor(200, 200, 200),
];

/// Money per pot and year of an allocation: grouped bars in mkr, one shade per pot.
pub fn by_pot_and_year(a: &crate::optimise::Allocation) -> Result<String, String> {
    let pots: Vec<crate::application::Support> = a.pots.keys().copied().collect();
    let years: Vec<i32> = a
        .pots
        .values()
        .flat_map(|s| s.years.keys().copied())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let value = |pot: &crate::application::Support, year: i32| {
        a.pots
            .get(pot)
            .and_then(|s| s.years.get(&year))
            .map_or(0.0, |v| v.to_f64() / 1_000_000.0)
    };
    let top = pots
        .iter()
        .flat_map(|pot| years.iter().map(move |y| (pot, *y)))
        .map(|(pot, y)| value(pot, y))
        .fold(0.0, f64::max)
        .max(0.1)
        * 1.15;
    let title = msg::by_pot_title(&a.scenario);
    let groups = years.len().max(1) as f64;
    let width = pots.len().max(1) as f64;
    let svg = canvas((800, 450), |root| {
        let mut chart = ChartBuilder::on(root)
            .caption(&title, ("sans-serif", TITLE_PX))
            .margin(20)
            .x_label_area_size(40)
            .y_label_area_size(60)
            .build_cartesian_2d(0.0..groups, 0.0..top)
            .map_err(draw_error)?;
        let year_label = |v: &f64| {
            years
                .get(v.floor() as usize)
                .map_or_else(String::new, |y| y.to_string())
        };
        chart
            .configure_mesh()
            .label_style(("sans-serif", TEXT_PX))
            .axis_desc_style(("sans-serif", TEXT_PX))
            .disable_x_mesh()
            .x_labels(years.len().max(1) * 2 + 1)
            .x_label_formatter(&|v| {
                if (v.fract() - 0.5).abs() < 0.01 {
                    year_label(v)
                } else {
                    String::new()
                }
            })
            .y_desc(msg::MKR)
            .y_label_formatter(&|v| crate::i18n::number(*v, 1))
            .draw()
            .map_err(draw_error)?;
        for (k, pot) in pots.iter().enumerate() {
            let shade = SHADES[k % SHADES.len()];
            chart
                .draw_series(years.iter().enumerate().map(|(g, y)| {
                    let x0 = g as f64 + 0.1 + 0.8 * k as f64 / width;
                    let x1 = x0 + 0.8 / width;
                    Rectangle::new([(x0, 0.0), (x1, value(pot, *y))], shade.filled())
                }))
                .map_err(draw_error)?
                .label(pot.name())
                .legend(move |(x, y)| {
                    Rectangle::new([(x, y - 5), (x + 10, y + 5)], shade.filled())
                });
        }
        legend(&mut chart, SeriesLabelPosition::MiddleRight)?;
        Ok(())
    })?;
    let parts: Vec<String> = pots
        .iter()
        .flat_map(|pot| years.iter().map(move |y| (pot, *y)))
        .filter(|(pot, y)| value(pot, *y) > 0.0)
        .map(|(pot, y)| msg::amount_in(pot.name(), y, &crate::i18n::number(value(pot, y), 1)))
        .collect();
    Ok(accessible(svg, &title, &msg::by_pot_description(&parts)))
}

/// Money per RUS målområde (split by contributions, §1): horizontal bars in mkr.
pub fn by_malomrade(
    p: &crate::portfolio::Portfolio,
    a: &crate::optimise::Allocation,
) -> Result<String, String> {
    let mut totals: std::collections::BTreeMap<String, f64> = std::collections::BTreeMap::new();
    for f in &a.funded {
        for (area, share) in crate::compare::by_malomrade(p, f.app, f.amount) {
            *totals.entry(area).or_default() += share.to_f64() / 1_000_000.0;
        }
    }
    let mut rows: Vec<(String, f64)> = totals.into_iter().collect();
    rows.sort_by_key(|(area, _)| crate::compare::area_order(p, area));
    bars(
        &msg::by_area_title(&a.scenario),
        &rows,
        msg::by_area_description,
    )
}

/// Horizontal bars in mkr, first row on top, each name above its bar with its amount, and a
/// description for screen readers (`describe` gets the "name: amount" parts).
pub(crate) fn bars(
    title: &str,
    rows: &[(String, f64)],
    describe: fn(&[String]) -> String,
) -> Result<String, String> {
    let top = rows.iter().map(|r| r.1).fold(0.0, f64::max).max(0.1) * 1.15;
    let n = rows.len().max(1) as f64;
    // Each målområde's name stands above its bar, with its amount, so long names need no
    // margin that would squeeze the bars.
    let svg = canvas((800, 130 + 80 * rows.len() as u32), |root| {
        let mut chart = ChartBuilder::on(root)
            .caption(title, ("sans-serif", TITLE_PX))
            .margin(20)
            .x_label_area_size(60)
            .y_label_area_size(10)
            .build_cartesian_2d(0.0..top, 0.0..n)
            .map_err(draw_error)?;
        chart
            .configure_mesh()
            .label_style(("sans-serif", TEXT_PX))
            .axis_desc_style(("sans-serif", TEXT_PX))
            .disable_y_mesh()
            .y_labels(0)
            .x_desc(msg::MKR)
            .x_label_formatter(&|v| crate::i18n::number(*v, 1))
            .draw()
            .map_err(draw_error)?;
        // The first målområde on top: the y axis counts from the bottom.
        let rows_drawn: Vec<&(String, f64)> = rows.iter().rev().collect();
        chart
            .draw_series(rows_drawn.iter().enumerate().map(|(k, (_, v))| {
                Rectangle::new(
                    [(0.0, k as f64 + 0.1), (*v, k as f64 + 0.55)],
                    SHADES[0].filled(),
                )
            }))
            .map_err(draw_error)?;
        chart
            .draw_series(rows_drawn.iter().enumerate().map(|(k, (name, v))| {
                Text::new(
                    msg::area_amount(name, &crate::i18n::number(*v, 1)),
                    (0.0, k as f64 + 0.85),
                    ("sans-serif", TEXT_PX).into_font(),
                )
            }))
            .map_err(draw_error)?;
        Ok(())
    })?;
    let parts: Vec<String> = rows
        .iter()
        .map(|(area, v)| msg::area_amount(area, &crate::i18n::number(*v, 1)))
        .collect();
    Ok(accessible(svg, title, &describe(&parts)))
}

/// The money's flow from the pots to the RUS målområden (split by contributions, §1): boxes
/// for pots on the left and målområden on the right, a band between them as wide as the money.
/// Drawn by hand (plotters has no flow chart); every text goes through `xml`.
pub(crate) fn pot_flows(
    p: &crate::portfolio::Portfolio,
    a: &crate::optimise::Allocation,
) -> Result<String, String> {
    use std::collections::BTreeMap;
    let mut flows: BTreeMap<(String, String), f64> = BTreeMap::new();
    for f in &a.funded {
        let pot = p.applications[f.app].support.name().to_string();
        for (area, v) in crate::compare::by_malomrade(p, f.app, f.amount) {
            *flows.entry((pot.clone(), area)).or_default() += v.to_f64() / 1_000_000.0;
        }
    }
    let total = |side: usize| -> Vec<(String, f64)> {
        let mut m: BTreeMap<String, f64> = BTreeMap::new();
        for ((pot, area), v) in &flows {
            *m.entry(if side == 0 { pot.clone() } else { area.clone() })
                .or_default() += v;
        }
        let mut list: Vec<(String, f64)> = m.into_iter().collect();
        if side == 1 {
            list.sort_by_key(|(area, _)| crate::compare::area_order(p, area));
        }
        list
    };
    let (pots, areas) = (total(0), total(1));
    let rows = pots.len().max(areas.len()).max(1);
    let (width, row_h, top) = (1060.0, 90.0, 60.0);
    let height = top + row_h * rows as f64 + 20.0;
    let biggest = flows.values().copied().fold(0.0_f64, f64::max).max(1e-9);
    let y_of = |i: usize, n: usize| top + row_h * (i as f64 + 0.5) * rows as f64 / n as f64;
    let title = msg::flows_title(&a.scenario);
    let mut svg = format!(
        "<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\"><rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#FFFFFF\"/><text x=\"{}\" y=\"30\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"22\" fill=\"#000000\">{}</text>",
        width / 2.0,
        xml(&title)
    );
    for ((pot, area), v) in &flows {
        let (Some(i), Some(j)) = (
            pots.iter().position(|x| &x.0 == pot),
            areas.iter().position(|x| &x.0 == area),
        ) else {
            continue;
        };
        let (y1, y2) = (y_of(i, pots.len()), y_of(j, areas.len()));
        let w = (v / biggest * 36.0).max(1.5);
        svg.push_str(&format!(
            "<path d=\"M 240 {y1:.1} C 420 {y1:.1}, 420 {y2:.1}, 600 {y2:.1}\" fill=\"none\" stroke=\"#808080\" stroke-opacity=\"0.6\" stroke-width=\"{w:.1}\"/>"
        ));
    }
    for (side, list) in [(0, &pots), (1, &areas)] {
        for (i, (name, v)) in list.iter().enumerate() {
            let y = y_of(i, list.len());
            let (bx, tx, anchor) = if side == 0 {
                (20.0, 230.0, "end")
            } else {
                (600.0, 615.0, "start")
            };
            let bw = if side == 0 { 220.0 } else { 8.0 };
            svg.push_str(&format!(
                "<rect x=\"{bx}\" y=\"{:.1}\" width=\"{bw}\" height=\"40\" fill=\"#FFFFFF\" stroke=\"#000000\"/>",
                y - 20.0
            ));
            let label = format!("{name}: {} {}", crate::i18n::number(*v, 1), msg::MKR);
            svg.push_str(&format!(
                "<text x=\"{tx}\" y=\"{:.1}\" text-anchor=\"{anchor}\" font-family=\"sans-serif\" font-size=\"16\" fill=\"#000000\">{}</text>",
                y + 5.0,
                xml(&label)
            ));
        }
    }
    svg.push_str("</svg>");
    // Described per pot, each pot's målområden in the RUS's order.
    let mut described: Vec<(&(String, String), &f64)> = flows.iter().collect();
    described.sort_by_key(|((pot, area), _)| (pot.clone(), crate::compare::area_order(p, area)));
    let parts: Vec<String> = described
        .into_iter()
        .map(|((pot, area), v)| msg::flow_part(pot, area, &crate::i18n::number(*v, 1)))
        .collect();
    Ok(accessible(svg, &title, &msg::flows_description(&parts)))
}

/// Score against requested amount for every application that was tried: proposed (filled blue
/// circles), not proposed (hollow black circles) and not eligible (grey crosses) — told apart
/// by shape as well as colour, so that they stay apart on paper in black and white.
pub fn score_and_amount(
    p: &crate::portfolio::Portfolio,
    a: &crate::optimise::Allocation,
) -> Result<String, String> {
    #[derive(PartialEq, Clone, Copy)]
    enum Group {
        Funded,
        NotFunded,
        Ineligible,
    }
    let funded: std::collections::BTreeSet<usize> = a.funded.iter().map(|f| f.app).collect();
    let ineligible: std::collections::BTreeSet<usize> = a
        .not_funded
        .iter()
        .filter(|n| n.reason == crate::optimise::Reason::Ineligible)
        .map(|n| n.app)
        .collect();
    let points: Vec<(f64, f64, Group)> = p
        .applications
        .iter()
        .enumerate()
        .filter(|(_, x)| x.status.is_candidate())
        .map(|(i, x)| {
            let group = if funded.contains(&i) {
                Group::Funded
            } else if ineligible.contains(&i) {
                Group::Ineligible
            } else {
                Group::NotFunded
            };
            (
                x.requested.to_f64() / 1_000_000.0,
                p.assessments[i].score.total,
                group,
            )
        })
        .collect();
    let max_x = points.iter().map(|q| q.0).fold(0.0, f64::max).max(0.1) * 1.05;
    let max_y = 100.0_f64.max(points.iter().map(|q| q.1).fold(0.0, f64::max));
    let title = msg::bubble_title(&a.scenario);
    let grey = RGBColor(110, 110, 110);
    let svg = canvas((800, 520), |root| {
        let mut chart = ChartBuilder::on(root)
            .caption(&title, ("sans-serif", TITLE_PX))
            .margin(20)
            .x_label_area_size(60)
            .y_label_area_size(70)
            .build_cartesian_2d(0.0..max_x, 0.0..max_y)
            .map_err(draw_error)?;
        chart
            .configure_mesh()
            .label_style(("sans-serif", TEXT_PX))
            .axis_desc_style(("sans-serif", TEXT_PX))
            .x_desc(msg::REQUESTED_MKR)
            .y_desc(msg::SCORE)
            .x_label_formatter(&|v| crate::i18n::number(*v, 1))
            .y_label_formatter(&|v| crate::i18n::number(*v, 0))
            .light_line_style(RGBColor(235, 235, 235))
            .draw()
            .map_err(draw_error)?;
        let of = |g: Group| points.iter().filter(move |q| q.2 == g);
        chart
            .draw_series(
                of(Group::Ineligible)
                    .map(|(x, y, _)| Cross::new((*x, *y), 5, grey.stroke_width(2))),
            )
            .map_err(draw_error)?
            .label(msg::INELIGIBLE)
            .legend(move |(x, y)| Cross::new((x + 5, y), 5, grey.stroke_width(2)));
        chart
            .draw_series(
                of(Group::NotFunded)
                    .map(|(x, y, _)| Circle::new((*x, *y), 5, BLACK.stroke_width(2))),
            )
            .map_err(draw_error)?
            .label(msg::NOT_FUNDED)
            .legend(|(x, y)| Circle::new((x + 5, y), 5, BLACK.stroke_width(2)));
        chart
            .draw_series(of(Group::Funded).map(|(x, y, _)| Circle::new((*x, *y), 6, BLUE.filled())))
            .map_err(draw_error)?
            .label(msg::FUNDED)
            .legend(move |(x, y)| Circle::new((x + 5, y), 6, BLUE.filled()));
        legend(&mut chart, SeriesLabelPosition::LowerRight)?;
        Ok(())
    })?;
    let count = |g: Group| points.iter().filter(|q| q.2 == g).count();
    Ok(accessible(
        svg,
        &title,
        &msg::bubble_description(points.len(), count(Group::Funded), count(Group::Ineligible)),
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_flow_chart_escapes_its_text_and_has_a_text_alternative() {
        let p = crate::portfolio::Portfolio::load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/2021/bas.yaml"),
        )
        .expect("loads");
        let mut a = crate::optimise::optimise(
            &p,
            &crate::optimise::Settings {
                counterfactuals: false,
                ..Default::default()
            },
        );
        a.scenario = "<script>alert(1)</script>".into();
        let svg = super::pot_flows(&p, &a).expect("draws");
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(
            svg.contains("<title id=\"chart-title\">") && svg.contains("<desc id=\"chart-desc\">")
        );
        assert!(
            svg.contains("Projektmedel → Ett nyskapande Västmanland"),
            "{svg}"
        );
    }

    use super::*;

    #[test]
    fn titles_are_escaped_and_placed_first() {
        let svg = accessible(
            "<svg width=\"1\">x</svg>".into(),
            "<script>alert(1)</script>",
            "a & b",
        );
        assert!(svg.starts_with("<svg width=\"1\" role=\"img\""));
        assert!(
            svg.contains("<title id=\"chart-title\">&lt;script&gt;alert(1)&lt;/script&gt;</title>")
        );
        assert!(svg.contains("<desc id=\"chart-desc\">a &amp; b</desc>x</svg>"));
    }
}
