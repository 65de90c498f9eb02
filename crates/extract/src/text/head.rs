//! The head of a scrape: the headline and the standfirst under it. See the
//! module docs of [`super`] for the rules; the body and dates are decided
//! elsewhere.

use super::classify::LineClass;
use super::lexicon;
use super::lines::{norm, repeats_headline};
use super::{Role, Unit};
use crate::meta::{self, dateline};
use crate::Extracted;
use crosscheck_types::RemovalReason;

/// Finds the headline, records it in `found` and marks its repeats; returns
/// its index.
pub(super) fn mark_headline(units: &mut [Unit], found: &mut Extracted) -> Option<usize> {
    let n = units.len();
    let first_prose = units.iter().position(Unit::is_prose);
    let search_end = first_prose.unwrap_or(n).min(15);
    let candidates: Vec<usize> = (0..search_end)
        .filter(|&i| {
            let u = &units[i];
            matches!(u.class, LineClass::Text) && u.shape.is_title_like()
        })
        .collect();
    let repeated = |i: usize| {
        let key = norm(&units[i].text);
        !key.is_empty()
            && units
                .iter()
                .enumerate()
                .any(|(j, u)| j != i && norm(&u.text) == key)
    };
    // A site's name ("The Harbour Chronicle") is not its headline.
    let candidates: Vec<usize> = candidates
        .into_iter()
        .filter(|&i| {
            let u = &units[i];
            !(u.shape.words <= 5
                && u.shape.title_ratio >= 1.0
                && meta::byline::is_outlet_name(&u.text))
        })
        .collect();
    let headline = candidates
        .iter()
        .copied()
        .find(|&i| repeated(i) && units[i].shape.words >= 4)
        .or_else(|| candidates.iter().copied().find(|&i| units[i].after_token))
        .or_else(|| {
            candidates
                .iter()
                .copied()
                .find(|&i| units[i].shape.words >= 5)
        })
        .or_else(|| candidates.first().copied());
    if let Some(h) = headline {
        let key = norm(&units[h].text);
        found.title = Some(units[h].text.clone());
        found.title_source = Some(crosscheck_types::TitleSource::HeadlineLine);
        for u in units.iter_mut() {
            if matches!(u.class, LineClass::Text) && repeats_headline(&u.text, &key) {
                u.role = Role::Removed(RemovalReason::Headline);
            }
        }
    }
    headline
}

/// Finds the standfirst under the headline, records it in `found` and marks
/// it; returns its index.
pub(super) fn mark_standfirst(
    units: &mut [Unit],
    headline: Option<usize>,
    found: &mut Extracted,
) -> Option<usize> {
    let n = units.len();
    let mut subtitle: Option<usize> = None;
    if let Some(h) = headline {
        let next_plain = |from: usize, units: &[Unit]| {
            (from..n).find(|&j| units[j].is_plain() && units[j].role == Role::Open)
        };
        if let Some(j) = next_plain(h + 1, units) {
            let s = &units[j];
            let k = next_plain(j + 1, units);
            // Furniture between it and the body that only a page's head has
            // (tags, byline, date, the headline again) sets a standfirst
            // apart; a photo caption alone does not, as photos often follow
            // the first paragraph.
            let between = |x: &Unit| {
                let strong = x.role == Role::Removed(RemovalReason::Headline)
                    || matches!(
                        x.class,
                        LineClass::Furniture(RemovalReason::KeywordRow)
                            | LineClass::Byline(_)
                            | LineClass::DateOnly { .. }
                            | LineClass::DateToken { .. }
                            | LineClass::MetaRow { .. }
                    );
                let photo = matches!(
                    x.class,
                    LineClass::Furniture(RemovalReason::Caption | RemovalReason::Credit)
                );
                (strong, photo)
            };
            let (strong_between, photo_between) = k.map_or((false, false), |k| {
                (j + 1..k).fold((false, false), |(a, b), x| {
                    let (s2, p2) = between(&units[x]);
                    (a || s2, b || p2)
                })
            });
            let next_has_dateline =
                k.is_some_and(|k| units[k].is_prose() && dateline::find(&units[k].text).is_some());
            let lower: String = s.text.to_lowercase();
            let attributed = lexicon::ATTRIBUTION
                .iter()
                .any(|w| lower.split(|c: char| !c.is_alphabetic()).any(|x| x == *w));
            let timely = lower.split(|c: char| !c.is_alphabetic()).any(|w| {
                lexicon::has(lexicon::WEEKDAYS, w) || matches!(w, "yesterday" | "today" | "tonight")
            });
            let short_before_long = k.is_some_and(|k| {
                let next = &units[k];
                s.shape.words <= 30
                    && !timely
                    && s.shape.inner_stops == 0
                    && !s.shape.quotes
                    && !attributed
                    && next.is_prose()
                    && next.shape.words * 2 >= s.shape.words * 5
            });
            let unstopped = !s.shape.terminal && k.is_some();
            // "All times Merrovian (UTC+1)" says how to read the body's
            // clocks: it is the body's (see `body`), never a standfirst.
            let is_subtitle = matches!(s.class, LineClass::Text)
                && !super::body::is_zone_note(&s.text)
                && (4..=60).contains(&s.shape.words)
                && dateline::find(&s.text).is_none()
                && (strong_between
                    || (photo_between && s.shape.words <= 35 && !attributed && !timely)
                    || next_has_dateline
                    || short_before_long
                    || unstopped);
            if is_subtitle {
                subtitle = Some(j);
                found.subtitle = Some(s.text.clone());
                units[j].role = Role::Removed(RemovalReason::Subtitle);
            }
        }
    }
    subtitle
}
