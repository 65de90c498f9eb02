//! Which of a report's dated sentences gives the report's own date.
//!
//! A report states its news in its lead (the first paragraph) and recalls
//! earlier happenings further down: "the company's chief executive resigned
//! on Monday" in a report on Wednesday's findings is background. So:
//!
//! 1. **Lead**: a date in the lead paragraph is the report's own (the first
//!    lead sentence with an event verb, else its first dated sentence),
//!    whatever verb it is told with ("presented … on Wednesday", "said on
//!    October 14").
//! 2. **Body**: without a dated lead, the first sentence with an event verb,
//!    else the first dated sentence.
//! 3. **Fresh over stale**: news is published within days of what it
//!    reports. When the date chosen so far ends more than [`FRESH_DAYS`]
//!    before the publication date and another sentence gives a date within
//!    [`FRESH_DAYS`] of it, that one is the report's own: a feature lead
//!    "When the roof fell on October 6, …" published ten days later recalls
//!    the start of the story, and "the findings, presented on Wednesday" is
//!    its news. Without a fresh date, a later one within [`WEEK_DAYS`] of
//!    publication is (a weekly's commentary). A report whose every date is
//!    old keeps its first choice (a late account of an old happening) when
//!    that choice is its lead's or told with an event verb.
//! 4. **No weak stale date**: a report whose only dates are stale and told
//!    outside the lead with no event verb has no date of its own (it is
//!    placed by its round or its content): such a date is an aside, or a day
//!    to come that the reader put in the past ("Stallholders get their
//!    deposits back on Friday" in a live blog of Tuesday, with clock stamps
//!    and no date of its own, read as the Friday before).
//!
//! It does not read which clause of a sentence a date belongs to, and it
//! does not weigh dates after the publication date (the caller drops them).

use chrono::NaiveDate;
use crosscheck_types::Sentence;

/// Days before publication within which a date is fresh news.
pub(crate) const FRESH_DAYS: i64 = 3;

/// A dated sentence: the sentence, its first and its last day.
pub(crate) type Dated = (Sentence, NaiveDate, NaiveDate);

/// Why a dated sentence was chosen as the report's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Why {
    /// In the lead paragraph.
    Lead,
    /// The first sentence with an event verb (no dated lead).
    EventVerb,
    /// The first dated sentence (no dated lead, no event verb).
    First,
    /// A fresh date, over a stale first choice.
    Fresh,
}

impl Why {
    /// The words added to a placement's reason.
    pub(crate) fn words(self) -> &'static str {
        match self {
            Why::Lead => " in the lead",
            Why::EventVerb => " with an event verb",
            Why::First => "",
            Why::Fresh => " (recent: the report's earlier dates are background)",
        }
    }
}

/// Byte offset where the lead paragraph of `body` ends: the end of its
/// first run of non-blank lines.
pub(crate) fn lead_end(body: &str) -> usize {
    let mut end = 0;
    let mut started = false;
    for line in body.split_inclusive('\n') {
        if line.trim().is_empty() {
            if started {
                break;
            }
        } else {
            started = true;
        }
        end += line.len();
    }
    end
}

/// The index in `dated` (in body order) of the report's own dated sentence,
/// and why; `has_verb` tells whether a sentence has an event verb, `lead` is
/// the lead's end (see [`lead_end`]).
pub(crate) fn own_date(
    dated: &[Dated],
    has_verb: impl Fn(&Sentence) -> bool,
    lead: usize,
    published: Option<NaiveDate>,
) -> Option<(usize, Why)> {
    // The first kept sentence with an event verb, else the first kept one.
    let first_of = |keep: &dyn Fn(&Dated) -> bool| -> Option<(usize, bool)> {
        let mut first = None;
        for (k, x) in dated.iter().enumerate().filter(|(_, x)| keep(x)) {
            if has_verb(&x.0) {
                return Some((k, true));
            }
            first.get_or_insert(k);
        }
        first.map(|k| (k, false))
    };
    let chosen = match first_of(&|d: &Dated| d.0.start < lead) {
        Some((k, _)) => (k, Why::Lead),
        None => {
            let (k, verb) = first_of(&|_: &Dated| true)?;
            (k, if verb { Why::EventVerb } else { Why::First })
        }
    };
    let Some(p) = published else {
        return Some(chosen);
    };
    let fresh = |d: &Dated| (p - d.2).num_days() <= FRESH_DAYS;
    if fresh(&dated[chosen.0]) {
        return Some(chosen);
    }
    // A weekly's commentary ("On 14 February a slab came down … On
    // Thursday a coroner explained why"): with no date that fresh, one of
    // the week before publication beats an older lead.
    let stale_end = dated[chosen.0].2;
    let this_week = |d: &Dated| (p - d.2).num_days() <= WEEK_DAYS && d.1 > stale_end;
    let fresher = first_of(&|d: &Dated| fresh(d))
        .or_else(|| first_of(&|d: &Dated| this_week(d)))
        .map(|(k, _)| (k, Why::Fresh));
    match fresher {
        Some(found) => Some(found),
        // A stale date told outside the lead and with no event verb is an
        // aside ("get their deposits back on Friday", read as the Friday
        // before): no evidence of the report's own day.
        None if chosen.1 == Why::First => None,
        None => Some(chosen),
    }
}

/// Days before publication within which a date is the news of a weekly
/// report, when none is fresher.
pub(crate) const WEEK_DAYS: i64 = 7;

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, day).unwrap_or_default()
    }

    /// The dated sentences of an invented body: `(text, first, last)` by
    /// paragraph, each paragraph one sentence.
    fn body(paragraphs: &[(&str, u32, u32)]) -> (String, Vec<Dated>) {
        let mut text = String::new();
        let mut dated = Vec::new();
        for (i, &(p, lo, hi)) in paragraphs.iter().enumerate() {
            if i > 0 {
                text.push_str("\n\n");
            }
            let start = text.len();
            text.push_str(p);
            if lo > 0 {
                let s = Sentence {
                    start,
                    end: text.len(),
                };
                dated.push((s, d(lo), d(hi)));
            }
        }
        (text, dated)
    }

    fn verb(text: &str) -> impl Fn(&Sentence) -> bool + '_ {
        move |s: &Sentence| {
            let t = s.text(text).unwrap_or("");
            t.contains("resigned") || t.contains("collapsed")
        }
    }

    #[test]
    fn the_lead_date_wins_over_background_told_with_an_event_verb() {
        // Findings presented on Wednesday 17th; the resignation on Monday
        // 15th is background, though "resigned" is an event verb and
        // "presented" is not.
        let (text, dated) = body(&[
            (
                "QUILLBY – The Varn inquiry presented its findings on Wednesday.",
                17,
                17,
            ),
            ("Officials said the report ran to 300 pages.", 0, 0),
            (
                "The port director, Ilse Marrow, resigned on Monday.",
                15,
                15,
            ),
        ]);
        let got = own_date(&dated, verb(&text), lead_end(&text), Some(d(17)));
        assert_eq!(got, Some((0, Why::Lead)));
    }

    #[test]
    fn without_a_dated_lead_the_first_event_verb_decides() {
        let (text, dated) = body(&[
            ("Quillby was quiet.", 0, 0),
            ("Crowds gathered on Tuesday.", 16, 16),
            ("The pier collapsed on Tuesday night.", 16, 16),
        ]);
        let got = own_date(&dated, verb(&text), lead_end(&text), Some(d(17)));
        assert_eq!(got, Some((1, Why::EventVerb)));
    }

    #[test]
    fn a_stale_lead_gives_way_to_a_fresh_date() {
        // Published on the 19th: the lead recalls the collapse of the 6th,
        // the findings of the 17th are the news.
        let (text, dated) = body(&[
            (
                "When the pier collapsed at Quillby on March 6, few were surprised.",
                6,
                6,
            ),
            (
                "The findings, presented on Wednesday, blame the builder.",
                17,
                17,
            ),
        ]);
        let got = own_date(&dated, verb(&text), lead_end(&text), Some(d(19)));
        assert_eq!(got, Some((1, Why::Fresh)));
        // Published on the 8th, the same lead is fresh news.
        let got = own_date(&dated[..1], verb(&text), lead_end(&text), Some(d(8)));
        assert_eq!(got, Some((0, Why::Lead)));
        // A late account with only old dates keeps its lead.
        let got = own_date(&dated[..1], verb(&text), lead_end(&text), Some(d(19)));
        assert_eq!(got, Some((0, Why::Lead)));
    }

    #[test]
    fn a_weekly_commentary_is_about_its_week() {
        // Published on the 23rd (a weekly): the lead recalls the collapse
        // of the 6th, the findings of the 17th (six days before) are the
        // news; a date older than a week would not be.
        let (text, dated) = body(&[
            ("On March 6 the pier collapsed at Quillby.", 6, 6),
            ("On Tuesday an inquiry explained why.", 17, 17),
        ]);
        let got = own_date(&dated, verb(&text), lead_end(&text), Some(d(23)));
        assert_eq!(got, Some((1, Why::Fresh)));
        let got = own_date(&dated, verb(&text), lead_end(&text), Some(d(26)));
        assert_eq!(got, Some((0, Why::Lead)));
    }

    #[test]
    fn a_stale_aside_outside_the_lead_dates_nothing() {
        // Published on the 9th: no dated lead, no event verb; the one date
        // (the 5th, four days before) is an aside, not the report's day.
        let (text, dated) = body(&[
            ("14:20 – Smoke is pouring from the roof of the hall.", 0, 0),
            (
                "16:10 – Stallholders get their deposits back on Friday.",
                5,
                5,
            ),
        ]);
        assert_eq!(
            own_date(&dated, verb(&text), lead_end(&text), Some(d(9))),
            None
        );
        // Fresh, the same sentence dates the report.
        assert_eq!(
            own_date(&dated, verb(&text), lead_end(&text), Some(d(7))),
            Some((0, Why::First))
        );
        // Told with an event verb, a stale date is kept (a late account).
        let (text, dated) = body(&[
            ("Quillby was quiet.", 0, 0),
            ("The pier collapsed on Friday.", 5, 5),
        ]);
        assert_eq!(
            own_date(&dated, verb(&text), lead_end(&text), Some(d(9))),
            Some((0, Why::EventVerb))
        );
    }

    #[test]
    fn lead_ends_at_the_first_blank_line() {
        assert_eq!(lead_end("\n\nOne. Two.\nThree.\n\nFour."), 19);
        assert_eq!(lead_end("Only one paragraph."), 19);
        assert_eq!(lead_end(""), 0);
    }
}
