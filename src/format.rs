//! Numbers the Swedish way: `1 234 567`, `80,8`, `33,3 %`, a real minus sign. The ground floor
//! of formatting (with `money` for kronor and `date` for dates): every layer above uses it, and
//! it uses nothing but the standard library.

/// A number the Swedish way with `decimals` decimals: `80,8`, `1 234 567`, `1234`, `−12,5`.
pub fn sv_number(value: f64, decimals: usize) -> String {
    // Swedish groups only numbers of five digits or more (Språkrådet: `1234`, `12 345`).
    written(value, decimals, ' ', ',', "−", 5)
}

/// A number the Swedish way in a table column that also holds numbers of five digits or more:
/// four-digit numbers are grouped too, so that the digits line up (`4 429` above `10 088`).
pub fn sv_number_in_column(value: f64, decimals: usize) -> String {
    written(value, decimals, ' ', ',', "−", 4)
}

/// A number the English way with `decimals` decimals: `1,234,567.5`, `1,234`, `-12.5`.
pub fn en_number(value: f64, decimals: usize) -> String {
    written(value, decimals, ',', '.', "-", 4)
}

/// `value` rounded to `decimals`, its whole part grouped by threes with `group` once it has
/// `group_from` digits; no sign on a value that rounds to zero.
fn written(
    value: f64,
    decimals: usize,
    group: char,
    point: char,
    minus: &str,
    group_from: usize,
) -> String {
    let text = format!("{value:.decimals$}");
    let text = if text.starts_with('-') && text.trim_start_matches(['-', '0', '.']).is_empty() {
        text.trim_start_matches('-').to_string()
    } else {
        text
    };
    let (int_part, frac) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text, None),
    };
    let (sign, digits) = match int_part.strip_prefix('-') {
        Some(d) => (minus, d.to_string()),
        None => ("", int_part),
    };
    let chars: Vec<char> = digits.chars().collect();
    let mut grouped = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(3) && chars.len() >= group_from {
            grouped.push(group);
        }
        grouped.push(*c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}{point}{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A share as a Swedish percentage: `50 %`, `33,3 %`.
pub fn sv_percent(share: f64) -> String {
    percent(share, sv_number, " %")
}

/// A share as an English percentage: `50%`, `33.3%`.
pub fn en_percent(share: f64) -> String {
    percent(share, en_number, "%")
}

/// A share in per cent, whole when it is within 0,05 of a whole number, else one decimal.
fn percent(share: f64, number: fn(f64, usize) -> String, sign: &str) -> String {
    let p = share * 100.0;
    if (p - p.round()).abs() < 0.05 {
        format!("{}{sign}", number(p.round(), 0))
    } else {
        format!("{}{sign}", number(p, 1))
    }
}

/// A sort key that puts numbers in number order: "Delmål 2" before "Delmål 10".
pub(crate) fn natural_key(name: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    for c in name.chars().chain(std::iter::once('\0')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            out.push_str(&format!("{digits:0>8}"));
            digits.clear();
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_swedish() {
        assert_eq!(sv_number(80.84, 1), "80,8");
        assert_eq!(sv_number(1234567.0, 0), "1 234 567");
        assert_eq!(sv_number(1234.0, 0), "1234");
        assert_eq!(sv_number(-0.01, 1), "0,0");
        assert_eq!(sv_number(-12.5, 1), "−12,5");
        assert_eq!(sv_percent(0.5), "50 %");
        assert_eq!(sv_percent(1.0 / 3.0), "33,3 %");
        assert_eq!(en_number(1234567.5, 1), "1,234,567.5");
        assert_eq!(en_number(1234.0, 0), "1,234");
        assert_eq!(en_number(-12.5, 1), "-12.5");
        assert_eq!(en_number(-0.01, 1), "0.0");
        assert_eq!(en_percent(0.5), "50%");
        assert_eq!(en_percent(1.0 / 3.0), "33.3%");
    }
}
