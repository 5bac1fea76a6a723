//! The answer to a counterfactual question ("what would fund it?"), with whether it was found.

use crate::i18n::Msg;

/// A counterfactual's answer: what would change a decision, and whether it was found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Needed<T> {
    /// Not asked for (counterfactuals off) or meaningless for this reason.
    NotAsked,
    /// The time ran out, or a solve on the way was not proven: no answer.
    NotComputed,
    /// No change up to the limit searched funds it (the pot's total demand, a score of 100).
    None,
    Found(T),
}

impl<T: Copy> Needed<T> {
    pub fn value(self) -> Option<T> {
        match self {
            Needed::Found(v) => Some(v),
            _ => None,
        }
    }

    /// The status for programs (`found`, `none`, `not_computed`), `None` when not asked.
    pub fn key(self) -> Option<&'static str> {
        match self {
            Needed::NotAsked => None,
            Needed::NotComputed => Some("not_computed"),
            Needed::None => Some("none"),
            Needed::Found(_) => Some("found"),
        }
    }

    /// The status in a table cell where there is no value, in the current language.
    pub fn word(self) -> &'static str {
        match self {
            Needed::NotComputed => Msg("domain-needed-not-computed").text(),
            Needed::None => Msg("domain-needed-none").text(),
            Needed::NotAsked | Needed::Found(_) => "",
        }
    }
}

impl<T> Needed<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Needed<U> {
        match self {
            Needed::NotAsked => Needed::NotAsked,
            Needed::NotComputed => Needed::NotComputed,
            Needed::None => Needed::None,
            Needed::Found(v) => Needed::Found(f(v)),
        }
    }
}
