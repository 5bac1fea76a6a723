//! Charts as SVG, drawn with plotters' SVG backend (no system fonts: plotters' naive text
//! layout is enough for SVG, where the viewer sets the text). Every chart carries a `<title>`
//! and a `<desc>` for screen readers, and uses black lines and marks so it prints in black and
//! white. Used by the CLI now and the web UI next.

use plotters::prelude::*;

use crate::cli::sv_number;
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

/// The efficient frontier: the objective against the budget in mkr, each level marked, the
/// levels where applications enter drawn filled.
pub fn frontier(s: &Sweep, scenario: &str) -> Result<String, String> {
    let xs: Vec<f64> = s
        .points
        .iter()
        .map(|p| p.budget.to_f64() / 1_000_000.0)
        .collect();
    let ys: Vec<f64> = s.points.iter().map(|p| p.objective).collect();
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
    let ((x0, x1), (y0, y1)) = (pad(x0, x1), pad(y0, y1));
    let what = match s.range {
        Range::Scale { .. } => msg::ALL_POTS.to_string(),
        Range::Pot { pot, .. } => pot.name().to_string(),
    };
    let title = msg::frontier_title(scenario, &what);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (800, 500)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let mut chart = ChartBuilder::on(&root)
            .caption(&title, ("sans-serif", 20))
            .margin(20)
            .x_label_area_size(50)
            .y_label_area_size(70)
            .build_cartesian_2d(x0..x1, y0..y1)
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .x_desc(msg::X_AXIS)
            .y_desc(msg::Y_AXIS)
            .x_label_formatter(&|v| sv_number(*v, 1))
            .y_label_formatter(&|v| sv_number(*v, 0))
            .light_line_style(RGBColor(230, 230, 230))
            .draw()
            .map_err(|e| e.to_string())?;
        chart
            .draw_series(LineSeries::new(
                xs.iter().copied().zip(ys.iter().copied()),
                BLACK.stroke_width(2),
            ))
            .map_err(|e| e.to_string())?;
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
            .map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    let first = s.points.first();
    let last = s.points.last();
    let description = match (first, last) {
        (Some(a), Some(b)) => msg::frontier_description(
            &a.budget.to_mkr_string(1),
            &b.budget.to_mkr_string(1),
            &sv_number(a.objective, 1),
            &sv_number(b.objective, 1),
            s.points.len(),
            s.changes.iter().filter(|c| !c.enters.is_empty()).count(),
        ),
        _ => String::new(),
    };
    Ok(accessible(svg, &title, &description))
}

#[cfg(test)]
mod tests {
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
