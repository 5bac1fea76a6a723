//! The region's municipalities as official statistics know them: SCB's kommunkod and the
//! population on a given day, with its source. Open data names places by their code; reports
//! per municipality (kronor per inhabitant) divide by the population.

use crate::date::Date;

/// One municipality.
#[derive(Debug, Clone, PartialEq)]
pub struct Municipality {
    pub name: String,
    /// SCB's four-digit kommunkod (länskod and number), e.g. `1980` for Västerås.
    pub code: String,
    /// Inhabitants on `Municipalities::date`.
    pub population: u32,
}

/// The municipalities file: every municipality, the day the population was counted, the
/// source.
#[derive(Debug, Clone, PartialEq)]
pub struct Municipalities {
    pub date: Date,
    pub source: String,
    pub list: Vec<Municipality>,
}

impl Municipalities {
    /// The municipality of that name, if the file has it.
    pub fn get(&self, name: &str) -> Option<&Municipality> {
        self.list.iter().find(|m| m.name == name)
    }
}
