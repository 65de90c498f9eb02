//! Metadata every article gets, whatever it was extracted from: the
//! dateline, the wire credit, the byline (and the outlet when a byline names
//! one), and a title derived from the body when the report has none.
//!
//! These readers work on single lines or paragraphs and know nothing about
//! HTML or scrape layout: the text classifier ([`crate::text`]) uses them to
//! label lines, and [`crate::extract`] applies them to the start and end of
//! every body where the extractor left a field empty ([`apply`]).
//!
//! What they do not do: recognise names of people beyond their shape
//! (capitalised words), or places beyond the dateline's position and case.

pub mod byline;
pub mod dateline;
pub mod title;
pub mod wire;

use crosscheck_types::{DateSource, PublishedDate, RemovalReason, RemovedBlock};

use crate::Extracted;

/// Splits a body into its paragraphs (separated by blank lines).
pub(crate) fn paragraphs(body: &str) -> Vec<&str> {
    body.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Whether a paragraph starts with a list bullet.
pub(crate) fn starts_with_bullet(text: &str) -> bool {
    let mut chars = text.trim_start().chars();
    match (chars.next(), chars.next()) {
        (Some('•' | '·' | '▪' | '►' | '■' | '◦' | '‣' | '➤' | '→'), _) => true,
        (Some('-' | '*' | '–' | '—'), Some(c)) => c.is_whitespace(),
        _ => false,
    }
}

/// Fills the fields an extractor left empty from the body itself: a byline
/// or wire-credit paragraph at the body's start or end (removed from the
/// body, kept in `removed`), the dateline at the body's start (and its date,
/// when the extractor found none), and a wire credit written into the
/// dateline or at the very end of the last paragraph.
///
/// `year_hint` is the year to give a dateline's month and day ("Geneva,
/// March 3:") when the dateline writes none.
pub fn apply(found: &mut Extracted, year_hint: Option<i32>) {
    let paras: Vec<String> = paragraphs(&found.body)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let mut keep = vec![true; paras.len()];
    let mut extra_removed: Vec<RemovedBlock> = Vec::new();

    // Byline and wire-credit paragraphs: the first three and the last two.
    let n = paras.len();
    for (i, para) in paras.iter().enumerate() {
        if !(i < 3 || i + 2 >= n) || n <= 1 {
            continue;
        }
        if let Some(credit) = wire::credit_line(para) {
            keep[i] = false;
            found.wire.get_or_insert(credit);
            extra_removed.push(RemovedBlock {
                text: para.clone(),
                reason: RemovalReason::WireCredit,
            });
        } else if i < 3 {
            if let Some(by) = byline::parse_line(para) {
                keep[i] = false;
                by.fill(found);
                extra_removed.push(RemovedBlock {
                    text: para.clone(),
                    reason: RemovalReason::Byline,
                });
            }
        }
    }

    let kept: Vec<&String> = paras
        .iter()
        .zip(&keep)
        .filter_map(|(p, k)| k.then_some(p))
        .collect();

    // The dateline starts the first paragraph that is not a bullet point.
    if let Some(first) = kept.iter().find(|p| !starts_with_bullet(p)) {
        if let Some(dl) = dateline::find(first) {
            if found.dateline.is_none() {
                found.dateline = Some(dl.place.clone());
            }
            if found.wire.is_none() {
                found.wire = dl.wire.clone();
            }
            if found.published.is_none() {
                let year = year_hint;
                if let Some(date) = dl.date(year) {
                    found.published = Some(PublishedDate {
                        date,
                        source: DateSource::Dateline,
                    });
                }
            }
        }
    }
    if found.wire.is_none() {
        // "(Reuters) - Kenya said …": an agency opening the body without a place.
        found.wire = kept.first().and_then(|p| {
            let rest = p.strip_prefix('(')?;
            let (inside, after) = rest.split_once(')')?;
            after
                .trim_start()
                .starts_with(['-', '—', '–', ':'])
                .then(|| wire::agency_list(inside, false))?
        });
    }
    if found.wire.is_none() {
        if let Some(last) = kept.last() {
            found.wire = wire::trailing_credit(last);
        }
    }

    if !extra_removed.is_empty() {
        found.body = kept
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        found.removed.extend(extra_removed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn body(paras: &[&str]) -> Extracted {
        Extracted {
            body: paras.join("\n\n"),
            ..Extracted::default()
        }
    }

    #[test]
    fn byline_and_credit_paragraphs_leave_the_body() {
        let mut f = body(&[
            "By Ola Brenn, Harbour Chronicle",
            "LOWMARK, March 3 (XNA) - The ferry strike ended on Monday, officials said.",
            "Services resume on Wednesday.",
            "— XNA",
        ]);
        apply(&mut f, Some(2026));
        assert_eq!(f.byline.as_deref(), Some("Ola Brenn"));
        assert_eq!(f.outlet.as_deref(), Some("Harbour Chronicle"));
        assert_eq!(f.dateline.as_deref(), Some("LOWMARK"));
        assert_eq!(f.wire.as_deref(), Some("XNA"));
        assert_eq!(
            f.published,
            Some(PublishedDate {
                date: NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(),
                source: DateSource::Dateline
            })
        );
        assert_eq!(
            f.body,
            "LOWMARK, March 3 (XNA) - The ferry strike ended on Monday, officials said.\n\nServices resume on Wednesday."
        );
        let reasons: Vec<RemovalReason> = f.removed.iter().map(|r| r.reason).collect();
        assert_eq!(
            reasons,
            vec![RemovalReason::Byline, RemovalReason::WireCredit]
        );
    }

    #[test]
    fn fields_already_set_are_kept() {
        let mut f = body(&[
            "SANMERE: Farmers welcomed the deal.",
            "They said more. (ANI)",
        ]);
        f.dateline = Some("Pellis".into());
        apply(&mut f, None);
        assert_eq!(f.dateline.as_deref(), Some("Pellis"));
        assert_eq!(f.wire.as_deref(), Some("ANI"));
        assert_eq!(f.published, None, "no year for a dateline without one");
    }

    #[test]
    fn agency_opening_without_place() {
        let mut f = body(&["(Reuters) - The ferry strike ended.", "More."]);
        apply(&mut f, None);
        assert_eq!(f.wire.as_deref(), Some("Reuters"));
        assert_eq!(f.dateline, None);
    }

    #[test]
    fn odd_bodies() {
        for b in ["", "\n\n\n\n", "By", "(", "(AP", "— ", "With"] {
            let mut f = body(&[b]);
            apply(&mut f, None);
        }
    }
}
