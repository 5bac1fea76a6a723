//! Calendar dates as written in the files (`2021-04-20`): enough to choose the rules in force
//! and to order events, without a time-zone library.

use std::fmt;
use std::str::FromStr;

/// A valid Gregorian date. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A date, if it exists (`2021-02-30` does not).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1900..=2200).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The date `days` days after 1970-01-01 (Howard Hinnant's civil-from-days).
    pub fn from_unix_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = u8::try_from(doy - (153 * mp + 2) / 5 + 1).ok()?;
        let month = u8::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).ok()?;
        let year = i32::try_from(yoe + era * 400 + i64::from(month <= 2)).ok()?;
        Date::new(year, month, day)
    }

    /// Whether the date is a Saturday or a Sunday.
    pub fn is_weekend(self) -> bool {
        // 1970-01-01 was a Thursday: (days + 4) mod 7 is 0 on Sundays, 6 on Saturdays.
        matches!((unix_days(self) + 4).rem_euclid(7), 0 | 6)
    }

    /// The first of January of `year`.
    pub fn first_of_year(year: i32) -> Option<Date> {
        Date::new(year, 1, 1)
    }

    /// The day after.
    pub fn next_day(self) -> Option<Date> {
        Date::from_unix_days(unix_days(self) + 1)
    }

    /// The same day `years` years earlier (the 28th of February for the 29th in a year that
    /// has none).
    pub fn years_earlier(self, years: i32) -> Option<Date> {
        let year = self.year - years;
        Date::new(year, self.month, self.day).or_else(|| Date::new(year, self.month, 28))
    }
}

/// Days from 1970-01-01 to a date (Howard Hinnant's days-from-civil).
fn unix_days(d: Date) -> i64 {
    let y = i64::from(d.year) - i64::from(d.month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The last Sunday of a month at 01:00 UTC, in seconds since 1970: when Swedish summer time
/// starts (March) and ends (October).
fn last_sunday_1am(year: i32, month: u8) -> Option<i64> {
    let last = Date::new(year, month, days_in_month(year, month))?;
    let days = unix_days(last);
    // 1970-01-01 was a Thursday: (days + 4) mod 7 is 0 on Sundays.
    let back = (days + 4).rem_euclid(7);
    Some((days - back) * 86_400 + 3_600)
}

/// A UTC time as the audit log writes it (`2026-11-27T19:05:00Z`) in Swedish time, as a
/// Swede writes it: `2026-11-27 kl. 20.05` (CET, CEST in summer, by the EU rule).
pub fn swedish_time(utc: &str) -> Option<String> {
    let (date, rest) = utc.trim().split_once('T')?;
    let date: Date = date.parse().ok()?;
    let rest = rest.strip_suffix('Z')?;
    let mut hms = rest.split(':').map(|x| x.parse::<i64>().ok());
    let (h, m, s) = (
        hms.next()??,
        hms.next()??,
        hms.next().flatten().unwrap_or(0),
    );
    if !(0..24).contains(&h) || !(0..60).contains(&m) || !(0..61).contains(&s) {
        return None;
    }
    let secs = unix_days(date) * 86_400 + h * 3_600 + m * 60 + s;
    let summer = secs >= last_sunday_1am(date.year, 3)? && secs < last_sunday_1am(date.year, 10)?;
    let local = secs + if summer { 7_200 } else { 3_600 };
    let day = Date::from_unix_days(local.div_euclid(86_400))?;
    let t = local.rem_euclid(86_400);
    Some(format!("{day} kl. {:02}.{:02}", t / 3_600, t % 3_600 / 60))
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for Date {
    type Err = ();

    /// Reads `YYYY-MM-DD`.
    fn from_str(text: &str) -> Result<Date, ()> {
        let mut parts = text.trim().split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(());
        }
        let year = y.parse().map_err(|_| ())?;
        let month = m.parse().map_err(|_| ())?;
        let day = d.parse().map_err(|_| ())?;
        Date::new(year, month, day).ok_or(())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekends_are_saturdays_and_sundays() {
        let d = |s: &str| s.parse::<Date>().expect(s);
        // 2021-04-17 was a Saturday, 2021-04-18 a Sunday, 2021-04-19 a Monday.
        assert!(d("2021-04-17").is_weekend() && d("2021-04-18").is_weekend());
        assert!(!d("2021-04-19").is_weekend() && !d("2021-04-16").is_weekend());
        assert!(d("2026-12-06").is_weekend() && !d("2026-12-07").is_weekend());
    }

    #[test]
    fn days_round_trip() {
        for days in [-1000, 0, 59, 60, 11_016, 20_000, 60_000] {
            let d = Date::from_unix_days(days).expect("a date");
            assert_eq!(unix_days(d), days, "{d}");
        }
    }

    #[test]
    fn log_times_read_in_swedish_time_summer_and_winter() {
        let at = |s: &str| swedish_time(s).expect(s);
        assert_eq!(at("2026-11-27T19:05:00Z"), "2026-11-27 kl. 20.05");
        assert_eq!(at("2026-07-01T23:30:00Z"), "2026-07-02 kl. 01.30");
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(at("2026-03-29T00:59:00Z"), "2026-03-29 kl. 01.59");
        assert_eq!(at("2026-03-29T01:00:00Z"), "2026-03-29 kl. 03.00");
        assert_eq!(at("2026-10-25T00:59:00Z"), "2026-10-25 kl. 02.59");
        assert_eq!(at("2026-10-25T01:00:00Z"), "2026-10-25 kl. 02.00");
        for bad in [
            "",
            "2026-11-27",
            "2026-11-27T25:00:00Z",
            "2026-11-27T19:05:00",
            "x",
        ] {
            assert_eq!(swedish_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_parse_and_order() {
        let a: Date = "2022-12-31".parse().unwrap();
        let b: Date = "2023-01-01".parse().unwrap();
        assert!(a < b);
        assert_eq!(a.to_string(), "2022-12-31");
        assert!("2021-02-29".parse::<Date>().is_err());
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2021-4-1".parse::<Date>().is_err());
        assert!("igår".parse::<Date>().is_err());
    }
}
