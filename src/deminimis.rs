//! The de minimis register: dated aid of minor importance per organisation number, from every
//! grantor, and the groups of organisations that count as one undertaking.
//!
//! The de minimis ceilings apply to a *single undertaking* (linked companies together) over a
//! window of time counted back from the day the new aid is granted: the current and two
//! previous fiscal years under 1407/2013 and 360/2012, any rolling three years under 2023/2831
//! and 2023/2832. The register holds what the region knows: aid entered or imported into
//! `stodregister.yaml`, and this tool's own grants (applications granted in the applications
//! file) added on loading. `rules.rs` asks it what counts for one application.

use std::collections::BTreeMap;

use crate::application::{Application, Form};
use crate::date::Date;
use crate::money::Sek;
use crate::problem::Loc;

/// Under which de minimis regulation an aid was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Regulation {
    /// General de minimis (1407/2013, from 2024 2023/2831).
    DeMinimis,
    /// De minimis for services of general economic interest (360/2012, from 2024 2023/2832).
    SgeiDeMinimis,
}

impl Regulation {
    /// The keys of the register file.
    pub const ALL: [(&'static str, Regulation); 2] = [
        ("de_minimis", Regulation::DeMinimis),
        ("sgei_de_minimis", Regulation::SgeiDeMinimis),
    ];
}

/// One aid granted to one organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Aid {
    /// The recipient's organisation number, as written.
    pub org_nr: String,
    pub recipient: String,
    /// The day the aid was granted (the decision that gave the right to it).
    pub date: Date,
    pub amount: Sek,
    pub grantor: String,
    pub regulation: Regulation,
    /// The support form of this tool it was given as, where it was one (servicebidrag counts
    /// its years towards the three in total).
    pub form: Option<Form>,
    /// The years the aid covers (a servicebidrag's years); empty means the year of `date`.
    pub years: Vec<i32>,
    /// The amount per year where known (the region's own grants); otherwise the amount is
    /// spread evenly over the years it covers.
    pub year_amounts: BTreeMap<i32, Sek>,
    /// The grantor's reference (diarienummer), if known.
    pub reference: String,
    /// The handläggare's note, as written in the register.
    pub note: String,
    /// This tool's own grant: the id of the application in the applications file.
    pub application: Option<String>,
    pub loc: Loc,
}

impl Aid {
    /// Who gave it: the register's grantor, or for this tool's own grants the region under
    /// the appropriation.
    pub fn grantor_text(&self) -> crate::i18n::Text {
        match &self.application {
            Some(id) => crate::text::rules::own_grant(&self.grantor, id),
            None => crate::i18n::Text::Plain(self.grantor.clone()),
        }
    }

    /// The aid in one line: date, amount, grantor, recipient and reference.
    pub fn line(&self) -> crate::i18n::Text {
        crate::text::rules::aid_line(
            self.date,
            self.amount,
            self.grantor_text(),
            &self.recipient,
            &self.org_nr,
            &self.reference,
        )
    }

    /// The amount of each year it covers: as granted, or spread evenly in whole kronor (the
    /// remainder in the last year).
    pub fn per_year(&self) -> BTreeMap<i32, Sek> {
        if !self.year_amounts.is_empty() {
            return self.year_amounts.clone();
        }
        let years = self.covered_years();
        let n = rust_decimal::Decimal::from(years.len().max(1) as u64);
        let each = Sek::from_decimal((self.amount.decimal() / n).floor());
        let mut out = BTreeMap::new();
        let mut left = self.amount;
        for (k, y) in years.iter().enumerate() {
            let part = if k + 1 == years.len() { left } else { each };
            left = left.saturating_sub(part);
            out.insert(*y, part);
        }
        out
    }

    /// The years the aid covers.
    pub fn covered_years(&self) -> Vec<i32> {
        if self.years.is_empty() {
            vec![self.date.year()]
        } else {
            self.years.clone()
        }
    }
}

/// Organisations that count as one undertaking ("ett enda företag", 1407/2013 art. 2.2 and
/// 2023/2831 art. 2.2): a parent and the companies it controls, and so on.
#[derive(Debug, Clone, PartialEq)]
pub struct Undertaking {
    pub name: String,
    /// Organisation numbers, as written.
    pub members: Vec<String>,
    /// Why they belong together (ownership, control), as the handläggare noted it.
    pub note: String,
    pub loc: Loc,
}

/// What the region knows of de minimis aid: the register file and its own grants.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Register {
    pub undertakings: Vec<Undertaking>,
    pub aid: Vec<Aid>,
}

/// The digits of an organisation number: `556677-8899` and `5566778899` are the same.
pub fn digits(org_nr: &str) -> String {
    org_nr.chars().filter(char::is_ascii_digit).collect()
}

impl Register {
    /// The undertaking `org_nr` belongs to, if the register groups it with others.
    pub fn undertaking_of(&self, org_nr: &str) -> Option<&Undertaking> {
        let key = digits(org_nr);
        self.undertakings
            .iter()
            .find(|u| u.members.iter().any(|m| digits(m) == key))
    }

    /// The organisation numbers (digits only) whose aid counts together with `org_nr`'s.
    pub fn members_with(&self, org_nr: &str) -> Vec<String> {
        match self.undertaking_of(org_nr) {
            Some(u) => u.members.iter().map(|m| digits(m)).collect(),
            None => vec![digits(org_nr)],
        }
    }

    /// The aid granted to any of `members` from `from` to `to` (both included), except the
    /// grant of application `except` itself.
    pub fn granted(&self, members: &[String], from: Date, to: Date, except: &str) -> Vec<&Aid> {
        let mut out: Vec<&Aid> = self
            .aid
            .iter()
            .filter(|a| a.date >= from && a.date <= to)
            .filter(|a| a.application.as_deref() != Some(except))
            .filter(|a| members.contains(&digits(&a.org_nr)))
            .collect();
        out.sort_by(|a, b| a.date.cmp(&b.date).then(a.org_nr.cmp(&b.org_nr)));
        out
    }

    /// The years `org_nr` has had support of `form` granted up to `until` (its own earlier
    /// grants and the register's), except application `except`'s.
    pub fn years_of_form(&self, org_nr: &str, form: Form, until: Date, except: &str) -> Vec<i32> {
        let key = digits(org_nr);
        let mut years: Vec<i32> = self
            .aid
            .iter()
            .filter(|a| a.form == Some(form) && digits(&a.org_nr) == key && a.date <= until)
            .filter(|a| a.application.as_deref() != Some(except))
            .flat_map(Aid::covered_years)
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// What `org_nr` has been granted of `form` for `year`, up to `until`, except application
    /// `except`'s.
    pub fn amount_of_form_in(
        &self,
        org_nr: &str,
        form: Form,
        year: i32,
        (until, except): (Date, &str),
    ) -> Sek {
        let key = digits(org_nr);
        self.aid
            .iter()
            .filter(|a| a.form == Some(form) && digits(&a.org_nr) == key && a.date <= until)
            .filter(|a| a.application.as_deref() != Some(except))
            .filter_map(|a| a.per_year().get(&year).copied())
            .sum()
    }

    /// Adds this tool's own grants: applications granted (beviljad, pågående, avslutad) with
    /// a decision date and an organisation number, given under a de minimis regulation.
    /// `regulation_of` says which, from the rules in force on the decision date; `region`
    /// is the grantor.
    pub fn add_own_grants(
        &mut self,
        applications: &[Application],
        region: &str,
        regulation_of: impl Fn(&Application) -> Option<Regulation>,
    ) {
        for app in applications {
            if !app.status.is_granted() {
                continue;
            }
            let (Some(date), Some(org_nr)) = (app.decision_date, &app.applicant.org_nr) else {
                continue;
            };
            let Some(regulation) = regulation_of(app) else {
                continue;
            };
            self.aid.push(Aid {
                org_nr: org_nr.clone(),
                recipient: app.applicant.name.clone(),
                date,
                amount: app.granted(),
                grantor: region.to_string(),
                regulation,
                form: app.form,
                years: app.years.keys().copied().collect(),
                year_amounts: app.years.clone(),
                reference: String::new(),
                note: String::new(),
                application: Some(app.id.clone()),
                loc: app.loc.clone(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aid(org_nr: &str, date: &str, kr: i64) -> Aid {
        Aid {
            org_nr: org_nr.into(),
            recipient: "Bolaget AB".into(),
            date: date.parse().expect("date"),
            amount: Sek::kr(kr),
            grantor: "Region".into(),
            regulation: Regulation::DeMinimis,
            form: None,
            years: Vec::new(),
            year_amounts: BTreeMap::new(),
            reference: String::new(),
            note: String::new(),
            application: None,
            loc: Loc::file("r.yaml"),
        }
    }

    #[test]
    fn members_of_one_undertaking_count_together_and_the_window_includes_both_ends() {
        let register = Register {
            undertakings: vec![Undertaking {
                name: "Koncernen".into(),
                members: vec!["556677-8899".into(), "5591961148".into()],
                note: String::new(),
                loc: Loc::file("r.yaml"),
            }],
            aid: vec![
                aid("5566778899", "2019-01-01", 100),
                aid("559196-1148", "2021-06-01", 200),
                aid("559196-1148", "2021-06-02", 400),
                aid("212000-1991", "2020-01-01", 800),
            ],
        };
        let members = register.members_with("559196-1148");
        assert_eq!(members, vec!["5566778899", "5591961148"]);
        let from = "2019-01-01".parse().expect("date");
        let to = "2021-06-01".parse().expect("date");
        let got: i64 = register
            .granted(&members, from, to, "")
            .iter()
            .map(|a| a.amount.to_f64() as i64)
            .sum();
        assert_eq!(got, 300);
        assert_eq!(register.members_with("212000-1991"), vec!["2120001991"]);
    }
}
