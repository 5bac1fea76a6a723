//! `Sek`: an amount of Swedish kronor, exact (rust_decimal), read and written the Swedish way.
//!
//! Accepted: `1200000`, `1200000.50`, `"1 200 000"`, `"1 200 000,50"`, `"1,2 mkr"`, `"850 tkr"`,
//! `"34,3 Mkr"`, `"1 200 000 kr"`. Shown: `1 200 000 kr`, `18,4 mkr`. Never an f64.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Mul, Sub};
use std::str::FromStr;

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::text::money as msg;

/// The largest amount we accept: 10 000 mdkr. Anything larger is a typo, and the bound keeps
/// every sum far from rust_decimal's limits and exact in an f64 for the optimiser's model.
pub(crate) const MAX_KRONOR: i64 = 10_000_000_000_000;

/// An amount of kronor with at most two decimals (öre).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Sek(Decimal);

/// Why a text is not an amount.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    /// Nothing that looks like a number.
    #[error("{}", msg::NOT_A_NUMBER)]
    NotANumber,
    /// A minus sign: amounts are never negative.
    #[error("{}", msg::NEGATIVE)]
    Negative,
    /// Thousands separated in groups other than three digits.
    #[error("{}", msg::BAD_GROUPING)]
    BadGrouping,
    /// More than two decimals after conversion to kronor.
    #[error("{}", msg::TOO_MANY_DECIMALS)]
    TooManyDecimals,
    /// Larger than [`MAX_KRONOR`].
    #[error("{}", msg::TOO_LARGE)]
    TooLarge,
}

impl MoneyError {
    /// Why, as a message (written in a reader's language later).
    pub fn msg(&self) -> crate::i18n::Msg {
        match self {
            MoneyError::NotANumber => msg::NOT_A_NUMBER,
            MoneyError::Negative => msg::NEGATIVE,
            MoneyError::BadGrouping => msg::BAD_GROUPING,
            MoneyError::TooManyDecimals => msg::TOO_MANY_DECIMALS,
            MoneyError::TooLarge => msg::TOO_LARGE,
        }
    }
}

impl Sek {
    pub const ZERO: Sek = Sek(Decimal::ZERO);

    /// Whole kronor.
    pub fn kr(kronor: i64) -> Sek {
        Sek(Decimal::from(kronor))
    }

    /// From a decimal already known to be a valid amount (tests, sums of valid amounts).
    pub fn from_decimal(value: Decimal) -> Sek {
        Sek(value)
    }

    pub fn decimal(self) -> Decimal {
        self.0
    }

    /// The amount as a float, for the optimiser's model and for ratios only.
    pub fn to_f64(self) -> f64 {
        self.0.to_f64().unwrap_or(f64::MAX)
    }

    pub(crate) fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    pub fn is_whole(self) -> bool {
        self.0.fract().is_zero()
    }

    /// Multiplies by a factor and rounds down to öre, so a cap computed from a share is never
    /// exceeded by rounding.
    pub(crate) fn scale_floor_ore(self, factor: Decimal) -> Sek {
        Sek((self.0 * factor).round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero))
    }

    /// `self - other`, or zero if that would be negative.
    pub fn saturating_sub(self, other: Sek) -> Sek {
        if other >= self {
            Sek::ZERO
        } else {
            Sek(self.0 - other.0)
        }
    }

    /// The text programs read: two decimals, a dot, no grouping (`"1200000.00"`).
    pub(crate) fn to_json_string(self) -> String {
        format!("{:.2}", self.0)
    }

    /// `1 200 000 kr`, with öre only when there are any (`1 200 000,50 kr`); in English
    /// `SEK 1,200,000`.
    pub(crate) fn to_kr_string(self) -> String {
        let amount = grouped(self.0, if self.is_whole() { 0 } else { 2 });
        crate::t!("money-kr", amount = amount)
    }

    /// `1 200 000 kronor`, spelled out as a decision is written; in English `SEK 1,200,000`.
    pub(crate) fn to_kronor_string(self) -> String {
        let amount = grouped(self.0, if self.is_whole() { 0 } else { 2 });
        crate::t!("money-kronor", amount = amount)
    }

    /// `18,4 mkr`: millions with `decimals` decimals; in English `SEK 18.4 million`.
    pub(crate) fn to_mkr_string(self, decimals: u32) -> String {
        let millions = self.0 / Decimal::from(1_000_000);
        crate::t!("money-mkr", amount = grouped(millions, decimals))
    }

    /// The shortest honest form: `mkr` with one decimal when that is exact, else kronor.
    pub(crate) fn to_short_string(self) -> String {
        if self.is_short_exact() {
            self.to_mkr_string(1)
        } else {
            self.to_kr_string()
        }
    }

    /// The short form as a form shows it in the current language and [`Sek::parse_input`]
    /// reads it back: `18,4 mkr`, `1 200 000 kr`; `SEK 18.4 million`, `SEK 1,200,000`.
    pub(crate) fn to_input_string(self) -> String {
        self.to_short_string()
    }

    /// An amount as a person types it into a form in the current language. Swedish reads as
    /// the files do ([`FromStr`]). English reads commas as thousands separators and a point
    /// as the decimal mark, with `SEK`, `kr`, `thousand`/`k`, `million`/`m`/`mkr` as units
    /// (`SEK 1,200,000`, `1.2 million`, `850k`); a text that is not English this way but is
    /// Swedish (`1,2 mkr`, `1 200 000`) is read the Swedish way.
    pub(crate) fn parse_input(text: &str) -> Result<Sek, MoneyError> {
        match crate::i18n::current() {
            crate::i18n::Lang::Sv => text.parse(),
            crate::i18n::Lang::En => parse_english(text).or_else(|english| {
                let swedish: Result<Sek, MoneyError> = text.parse();
                swedish.map_err(|_| english)
            }),
        }
    }

    /// At least 100 000 kr and exact in millions with one decimal.
    fn is_short_exact(self) -> bool {
        let millions = self.0 / Decimal::from(1_000_000);
        self.0 >= Decimal::from(100_000) && (millions * Decimal::TEN).fract().is_zero()
    }
}

/// A decimal grouped the current language's way.
fn grouped(value: Decimal, decimals: u32) -> String {
    match crate::i18n::current() {
        crate::i18n::Lang::Sv => group_swedish(value, decimals),
        crate::i18n::Lang::En => group(value, decimals, ',', '.', "-"),
    }
}

/// Formats a decimal with a space between thousands and a decimal comma.
pub(crate) fn group_swedish(value: Decimal, decimals: u32) -> String {
    group(value, decimals, ' ', ',', "−")
}

/// `value` rounded to `decimals`, its whole part grouped by threes with `separator`.
fn group(value: Decimal, decimals: u32, separator: char, point: char, minus: &str) -> String {
    let rounded = value.round_dp_with_strategy(
        decimals,
        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
    );
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (text, None),
    };
    let mut grouped = String::new();
    let digits: Vec<char> = int_part.chars().collect();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(*c);
    }
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        minus
    } else {
        ""
    };
    match frac_part {
        Some(f) => format!("{sign}{grouped}{point}{f}"),
        None => format!("{sign}{grouped}"),
    }
}

impl FromStr for Sek {
    type Err = MoneyError;

    fn from_str(text: &str) -> Result<Sek, MoneyError> {
        let trimmed = text.trim();
        if trimmed.starts_with('-') || trimmed.starts_with('−') {
            return Err(MoneyError::Negative);
        }
        let lower = trimmed.to_lowercase();
        let (number, factor) = if let Some(n) = lower.strip_suffix("mkr") {
            (n, Decimal::from(1_000_000))
        } else if let Some(n) = lower.strip_suffix("tkr") {
            (n, Decimal::from(1_000))
        } else if let Some(n) = lower.strip_suffix("kr") {
            (n, Decimal::ONE)
        } else {
            (lower.as_str(), Decimal::ONE)
        };
        let number = number.trim();
        checked(parse_number(number)? * factor)
    }
}

/// An English amount (see [`Sek::parse_input`]).
fn parse_english(text: &str) -> Result<Sek, MoneyError> {
    let trimmed = text.trim();
    if trimmed.starts_with('-') || trimmed.starts_with('−') {
        return Err(MoneyError::Negative);
    }
    let lower = trimmed.to_lowercase();
    let mut rest = lower.as_str();
    for currency in ["sek", "kr"] {
        rest = rest.strip_prefix(currency).unwrap_or(rest).trim();
        rest = rest.strip_suffix(currency).unwrap_or(rest).trim();
    }
    // "kr" is gone already, so "mkr" ends in "m".
    let units: [(&str, i64); 5] = [
        ("million", 1_000_000),
        ("mn", 1_000_000),
        ("m", 1_000_000),
        ("thousand", 1_000),
        ("k", 1_000),
    ];
    let (number, factor) = units
        .iter()
        .find_map(|(unit, f)| {
            rest.strip_suffix(unit)
                .map(|n| (n.trim(), Decimal::from(*f)))
        })
        .unwrap_or((rest, Decimal::ONE));
    if number.contains([' ', '\u{a0}']) {
        return Err(MoneyError::NotANumber);
    }
    let (int_part, frac_part) = match number.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (number, None),
    };
    let groups: Vec<&str> = int_part.split(',').collect();
    if groups.len() > 1
        && (groups[0].is_empty() || groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3))
    {
        return Err(MoneyError::BadGrouping);
    }
    let digits = match frac_part {
        Some(frac) => format!("{}.{frac}", groups.concat()),
        None => groups.concat(),
    };
    let value = parse_number(&digits)? * factor;
    checked(value)
}

/// The amount if it is within bounds and has at most two decimals.
fn checked(value: Decimal) -> Result<Sek, MoneyError> {
    if value > Decimal::from(MAX_KRONOR) {
        return Err(MoneyError::TooLarge);
    }
    let value = value.normalize();
    if value.scale() > 2 {
        return Err(MoneyError::TooManyDecimals);
    }
    Ok(Sek(value))
}

/// Parses `1 200 000,50`, `1200000.50` or `0,2` into a decimal: spaces (also no-break and thin
/// spaces) group thousands in threes, one comma or dot marks the decimals.
fn parse_number(text: &str) -> Result<Decimal, MoneyError> {
    if text.is_empty() {
        return Err(MoneyError::NotANumber);
    }
    let is_space = |c: char| c == ' ' || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}';
    let (int_part, frac_part) = match text.find([',', '.']) {
        Some(i) => (&text[..i], Some(&text[i + 1..])),
        None => (text, None),
    };
    let groups: Vec<&str> = int_part.split(is_space).collect();
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(
            if groups.len() > 1 && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit())) {
                MoneyError::BadGrouping
            } else {
                MoneyError::NotANumber
            },
        );
    }
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return Err(MoneyError::BadGrouping);
    }
    let mut digits: String = groups.concat();
    if digits.len() > 20 {
        return Err(MoneyError::TooLarge);
    }
    if let Some(frac) = frac_part {
        if frac.is_empty() || !frac.chars().all(|c| c.is_ascii_digit()) {
            return Err(MoneyError::NotANumber);
        }
        if frac.len() > 8 {
            return Err(MoneyError::TooManyDecimals);
        }
        digits.push('.');
        digits.push_str(frac);
    }
    Decimal::from_str(&digits).map_err(|_| MoneyError::NotANumber)
}

impl fmt::Display for Sek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_kr_string())
    }
}

impl Add for Sek {
    type Output = Sek;
    fn add(self, other: Sek) -> Sek {
        Sek(self.0 + other.0)
    }
}

impl AddAssign for Sek {
    fn add_assign(&mut self, other: Sek) {
        self.0 += other.0;
    }
}

/// Subtraction of amounts; callers ensure the result is not negative or use
/// [`Sek::saturating_sub`].
impl Sub for Sek {
    type Output = Sek;
    fn sub(self, other: Sek) -> Sek {
        Sek(self.0 - other.0)
    }
}

impl Mul<Decimal> for Sek {
    type Output = Decimal;
    fn mul(self, factor: Decimal) -> Decimal {
        self.0 * factor
    }
}

impl Sum for Sek {
    fn sum<I: Iterator<Item = Sek>>(iter: I) -> Sek {
        iter.fold(Sek::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Sek> for Sek {
    fn sum<I: Iterator<Item = &'a Sek>>(iter: I) -> Sek {
        iter.copied().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sek(text: &str) -> Sek {
        text.parse().unwrap()
    }

    #[test]
    fn english_forms_read_english_amounts_and_swedish_ones() {
        use crate::i18n::{Lang, with};
        let en = |text: &str| with(Lang::En, || Sek::parse_input(text));
        assert_eq!(en("SEK 18.4 million"), Ok(Sek::kr(18_400_000)));
        assert_eq!(en("1,200,000"), Ok(Sek::kr(1_200_000)));
        assert_eq!(en("SEK 1,200,000"), Ok(Sek::kr(1_200_000)));
        assert_eq!(en("850k"), Ok(Sek::kr(850_000)));
        assert_eq!(en("1.5 thousand"), Ok(Sek::kr(1_500)));
        assert_eq!(en("2 mn"), Ok(Sek::kr(2_000_000)));
        assert_eq!(
            en("1,200.50 kr"),
            Ok(Sek::kr(1_200) + Sek::from_decimal(Decimal::new(5, 1)))
        );
        // What is not English this way but is Swedish is read the Swedish way.
        assert_eq!(en("18,4 mkr"), Ok(Sek::kr(18_400_000)));
        assert_eq!(en("1 200 000"), Ok(Sek::kr(1_200_000)));
        assert_eq!(en("850 tkr"), Ok(Sek::kr(850_000)));
        assert_eq!(en("-5"), Err(MoneyError::Negative));
        assert_eq!(en("lots"), Err(MoneyError::NotANumber));
        assert_eq!(en("1,2,3"), Err(MoneyError::BadGrouping));
        assert_eq!(en("0.001 k"), Ok(Sek::kr(1)));
        assert_eq!(en("0.00001 k"), Ok(Sek::from_decimal(Decimal::new(1, 2))));
        assert_eq!(en("0.000001 k"), Err(MoneyError::TooManyDecimals));
        // Each language reads back what its forms show.
        for kr in [0, 500_000, 1_234_567, 18_400_000, 34_300_000] {
            for lang in [Lang::Sv, Lang::En] {
                let shown = with(lang, || Sek::kr(kr).to_input_string());
                assert_eq!(
                    with(lang, || Sek::parse_input(&shown)),
                    Ok(Sek::kr(kr)),
                    "{shown}"
                );
            }
        }
        // Swedish forms read as the files do.
        assert_eq!(
            with(Lang::Sv, || Sek::parse_input("1,200")),
            Ok(Sek::kr(1) + Sek::from_decimal(Decimal::new(2, 1)))
        );
    }

    #[test]
    fn swedish_formats_parse() {
        assert_eq!(sek("1200000"), Sek::kr(1_200_000));
        assert_eq!(sek("1 200 000"), Sek::kr(1_200_000));
        assert_eq!(sek("1\u{a0}200\u{a0}000 kr"), Sek::kr(1_200_000));
        assert_eq!(sek("1,2 mkr"), Sek::kr(1_200_000));
        assert_eq!(sek("34,3 Mkr"), Sek::kr(34_300_000));
        assert_eq!(sek("850 tkr"), Sek::kr(850_000));
        assert_eq!(sek("0,5 mkr"), Sek::kr(500_000));
        assert_eq!(
            sek("1 200 000,50"),
            Sek::from_decimal(Decimal::from_str("1200000.5").unwrap())
        );
        assert_eq!(
            sek("1200000.50"),
            Sek::from_decimal(Decimal::from_str("1200000.50").unwrap())
        );
        assert_eq!(sek("12.30").to_json_string(), "12.30");
    }

    #[test]
    fn bad_amounts_say_why() {
        assert_eq!("-5".parse::<Sek>(), Err(MoneyError::Negative));
        assert_eq!("−5 kr".parse::<Sek>(), Err(MoneyError::Negative));
        assert_eq!("abc".parse::<Sek>(), Err(MoneyError::NotANumber));
        assert_eq!("".parse::<Sek>(), Err(MoneyError::NotANumber));
        assert_eq!("1 20 000".parse::<Sek>(), Err(MoneyError::BadGrouping));
        assert_eq!("1,234".parse::<Sek>(), Err(MoneyError::TooManyDecimals));
        assert_eq!(
            "1,234567891 mkr".parse::<Sek>(),
            Err(MoneyError::TooManyDecimals)
        );
        assert_eq!(
            "99999999999999999999999".parse::<Sek>(),
            Err(MoneyError::TooLarge)
        );
        assert_eq!("20000000 mkr".parse::<Sek>(), Err(MoneyError::TooLarge));
        assert_eq!("1e6".parse::<Sek>(), Err(MoneyError::NotANumber));
        assert_eq!("1,2,3".parse::<Sek>(), Err(MoneyError::NotANumber));
    }

    #[test]
    fn english_amounts_and_form_values() {
        use crate::i18n::{Lang, with};
        let s = Sek::kr(18_400_000);
        with(Lang::En, || {
            assert_eq!(s.to_kr_string(), "SEK 18,400,000");
            assert_eq!(s.to_short_string(), "SEK 18.4 million");
            assert_eq!(s.to_input_string(), "SEK 18.4 million");
        });
        assert_eq!(s.to_input_string(), "18,4 mkr");
    }

    #[test]
    fn formatting_is_swedish() {
        assert_eq!(Sek::kr(1_200_000).to_kr_string(), "1 200 000 kr");
        assert_eq!(Sek::kr(850).to_kr_string(), "850 kr");
        assert_eq!(sek("1200000.5").to_kr_string(), "1 200 000,50 kr");
        assert_eq!(Sek::kr(18_400_000).to_mkr_string(1), "18,4 mkr");
        assert_eq!(Sek::kr(1_234_567_890).to_mkr_string(1), "1 234,6 mkr");
        assert_eq!(Sek::kr(18_400_000).to_short_string(), "18,4 mkr");
        assert_eq!(Sek::kr(18_450_000).to_short_string(), "18 450 000 kr");
        assert_eq!(Sek::kr(1_200_000).to_json_string(), "1200000.00");
    }

    proptest! {
        #[test]
        fn kronor_survive_swedish_formatting(ore in 0i64..=MAX_KRONOR * 100) {
            let amount = Sek::from_decimal(Decimal::new(ore, 2).normalize());
            prop_assert_eq!(amount.to_kr_string().parse::<Sek>(), Ok(amount));
            prop_assert_eq!(amount.to_json_string().parse::<Sek>(), Ok(amount));
            prop_assert_eq!(amount.to_short_string().parse::<Sek>(), Ok(amount));
        }

        #[test]
        fn any_text_parses_or_errs_without_panic(text in "\\PC{0,30}") {
            let _ = text.parse::<Sek>();
        }
    }
}
