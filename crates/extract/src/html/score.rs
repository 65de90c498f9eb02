//! Main-content selection: scores every element by the article-like text
//! under it, picks the best container, then sorts each block in or out
//! with a reason.
//!
//! The score of an element is the paragraph-shaped text under it (long
//! blocks, few links, sentence punctuation; more for class words such as
//! `article-body`) minus the page furniture under it (link text, text under
//! boilerplate hints, short fragments). The best element is thus the
//! smallest one that still holds nearly all of the article. Inside it, blocks
//! under boilerplate hints, captions, link-dense blocks and interface labels
//! are dropped. This module reads no metadata and builds no strings but the
//! body's.

use crosscheck_types::{RemovalReason, RemovedBlock};

use super::hints::Boiler;
use super::walk::{Block, ElemId, Kind, Walked, NO_PARENT};

/// The deepest ancestor chain followed from a block (the input is already
/// depth-limited; this bounds the work per block).
const MAX_CLIMB: usize = 512;

/// The body and the removed blocks.
#[derive(Debug, Default)]
pub struct Selection {
    /// Kept block texts, in order.
    pub paragraphs: Vec<String>,
    /// Removed blocks, in order.
    pub removed: Vec<RemovedBlock>,
    /// The chosen container, if any.
    pub container: Option<ElemId>,
}

/// Fraction of a block's characters inside links.
fn link_density(b: &Block) -> f32 {
    if b.chars == 0 {
        0.0
    } else {
        b.link_chars as f32 / b.chars as f32
    }
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '\'', '”', '’', ')', '»']);
    t.ends_with(['.', '!', '?', '…', ':', '。', '！', '？'])
}

/// Prose with a linked lead-in ("**<a>Headline</a>.** Two sentences of
/// text."): many links, but also much text of its own.
fn linked_prose(b: &Block) -> bool {
    let own = b.chars.saturating_sub(b.link_chars);
    link_density(b) < 0.7 && own >= 80 && ends_sentence(&b.text)
}

/// Whether a block is mostly links (and not [`linked_prose`]).
fn link_dense(b: &Block) -> bool {
    link_density(b) > 0.5 && !linked_prose(b)
}

/// How much a block looks like article prose (0 when it does not), and how
/// much it looks like furniture.
fn prose_weight(b: &Block) -> (f32, f32) {
    let ld = link_density(b);
    let len = b.chars as f32;
    let links = b.link_chars as f32;
    if let Kind::Heading(_) = b.kind {
        return (0.0, links);
    }
    if b.kind == Kind::Cell && ld < 0.35 && b.chars >= 10 {
        // A data-table row: terse, but content.
        return ((len - links) * 0.5, links);
    }
    let sentence = ends_sentence(&b.text);
    let long_enough = b.chars >= 80 || (b.chars >= 30 && sentence);
    if long_enough && (ld < 0.35 || linked_prose(b)) {
        let mut w = len - links;
        let commas = b.text.matches([',', '，', '、']).count().min(10) as f32;
        w += commas * 10.0;
        if matches!(b.kind, Kind::ListItem | Kind::Cell) && !sentence {
            w *= 0.5;
        }
        (w, links)
    } else {
        (0.0, links + (len - links) * 0.4)
    }
}

fn content_bonus(level: u8) -> f32 {
    match level {
        2 => 1.3,
        1 => 1.08,
        _ => 1.0,
    }
}

/// Which elements' boilerplate hints are obeyed: strong ones always, weak
/// ones unless the element holds most of the page's prose (a wrapper named
/// `has-sidebar` is not a sidebar).
fn effective_boiler(page: &Walked, prose: &[f32], total: f32) -> Vec<Option<Boiler>> {
    page.elems
        .iter()
        .zip(prose)
        .map(|(e, &g)| match e.hint.boiler {
            Some(b) if b.strong => Some(b),
            Some(b) if g < 0.5 * total || total <= 0.0 => Some(b),
            _ => None,
        })
        .collect()
}

/// Chooses the main content and sorts the blocks.
pub fn select(page: &Walked, title: Option<&str>) -> Selection {
    let n = page.elems.len();
    let mut weights: Vec<(f32, f32)> = page.blocks.iter().map(prose_weight).collect();
    let teasers = teaser_blocks(page, &weights);
    for (w, &t) in weights.iter_mut().zip(&teasers) {
        if t {
            *w = (0.0, w.0 * 0.5 + w.1);
        }
    }

    // Pass 1: raw prose under each element, hints ignored.
    let mut raw = vec![0.0f32; n];
    for (b, &(good, _)) in page.blocks.iter().zip(&weights) {
        if good > 0.0 {
            climb(page, b.owner, |e| raw[e as usize] += good);
        }
    }
    let total: f32 = page.blocks.iter().zip(&weights).map(|(_, &(g, _))| g).sum();
    let boiler = effective_boiler(page, &raw, total);

    // Elements in or under obeyed boilerplate cannot be the container.
    let mut under = vec![false; n];
    for i in 0..n {
        let p = page.elems[i].parent;
        let parent_under = p != NO_PARENT && (under[p as usize] || boiler[p as usize].is_some());
        under[i] = parent_under;
    }

    // Pass 2: prose and furniture under each element, hints obeyed.
    let mut good = vec![0.0f32; n];
    let mut bad = vec![0.0f32; n];
    for (b, &(g, f)) in page.blocks.iter().zip(&weights) {
        let mut furniture = false;
        climb(page, b.owner, |e| {
            let e = e as usize;
            if boiler[e].is_some() {
                furniture = true;
            }
            if furniture {
                bad[e] += g + f;
            } else {
                good[e] += g;
                bad[e] += f;
            }
        });
    }

    let mut best: Option<(ElemId, f32)> = None;
    for i in 0..n {
        if under[i] || boiler[i].is_some() || good[i] <= 0.0 {
            continue;
        }
        let score = good[i] * content_bonus(page.elems[i].hint.content) - bad[i];
        match best {
            Some((_, s)) if score <= s => {}
            _ => best = Some((i as ElemId, score)),
        }
    }
    let container = best.map(|(e, _)| e);
    sort_blocks(page, container, &boiler, title, &teasers)
}

/// How far above a linked heading a teaser card may reach.
const TEASER_LEVELS: usize = 3;

/// Blocks of teaser cards: a small element (at most two prose blocks) that
/// holds a heading made of a link, as in "more stories" grids, where each
/// card is a linked headline and a line of description.
fn teaser_blocks(page: &Walked, weights: &[(f32, f32)]) -> Vec<bool> {
    let n = page.elems.len();
    let mut prose_count = vec![0u32; n];
    for (b, &(g, _)) in page.blocks.iter().zip(weights) {
        if g > 0.0 {
            climb(page, b.owner, |e| prose_count[e as usize] += 1);
        }
    }
    let mut card = vec![false; n];
    for b in &page.blocks {
        if !matches!(b.kind, Kind::Heading(_)) || link_density(b) <= 0.5 {
            continue;
        }
        let mut e = b.owner;
        for _ in 0..TEASER_LEVELS {
            if e == NO_PARENT || prose_count[e as usize] > 2 {
                break;
            }
            card[e as usize] = true;
            e = page.elems[e as usize].parent;
        }
    }
    page.blocks
        .iter()
        .map(|b| {
            let mut e = b.owner;
            for _ in 0..=TEASER_LEVELS {
                if e == NO_PARENT {
                    return false;
                }
                if card[e as usize] {
                    return true;
                }
                e = page.elems[e as usize].parent;
            }
            false
        })
        .collect()
}

/// Calls `f` on `owner` and each of its ancestors.
fn climb(page: &Walked, owner: ElemId, mut f: impl FnMut(ElemId)) {
    let mut e = owner;
    let mut steps = 0;
    while e != NO_PARENT && steps < MAX_CLIMB {
        f(e);
        e = page.elems.get(e as usize).map_or(NO_PARENT, |x| x.parent);
        steps += 1;
    }
}

/// The innermost obeyed boilerplate hint from `owner` up to (not including) `stop`.
fn boiler_between(
    page: &Walked,
    boiler: &[Option<Boiler>],
    owner: ElemId,
    stop: ElemId,
) -> (Option<Boiler>, bool) {
    let mut e = owner;
    let mut steps = 0;
    let mut figure = false;
    let mut found = None;
    while e != NO_PARENT && e != stop && steps < MAX_CLIMB {
        let el = &page.elems[e as usize];
        figure |= el.figure;
        if found.is_none() {
            found = boiler[e as usize];
        }
        e = el.parent;
        steps += 1;
    }
    (found, figure)
}

fn norm_eq(a: &str, b: &str) -> bool {
    let f = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    f(a) == f(b)
}

fn sort_blocks(
    page: &Walked,
    container: Option<ElemId>,
    boiler: &[Option<Boiler>],
    title: Option<&str>,
    teasers: &[bool],
) -> Selection {
    use RemovalReason as R;
    let mut sel = Selection {
        container,
        ..Selection::default()
    };
    let (lo, hi) = match container {
        Some(c) => (c, page.elems[c as usize].end),
        None => (1, 0),
    };
    // Kept blocks as indices, to post-process headings.
    let mut kept: Vec<usize> = Vec::new();
    let mut decisions: Vec<Option<R>> = Vec::with_capacity(page.blocks.len());
    for (i, b) in page.blocks.iter().enumerate() {
        let inside = b.owner >= lo && b.owner <= hi;
        let ld = link_density(b);
        let reason = if !inside {
            let (hint, _) = boiler_between(page, boiler, b.owner, NO_PARENT);
            Some(match hint {
                Some(h) => h.reason,
                None if ld > 0.5 => R::LinkDense,
                None => R::OutsideMainContent,
            })
        } else {
            let stop = container.unwrap_or(NO_PARENT);
            let (hint, figure) = boiler_between(page, boiler, b.owner, stop);
            if let Some(h) = hint {
                Some(h.reason)
            } else if teasers.get(i).copied().unwrap_or(false) {
                Some(R::RelatedLinks)
            } else if figure || b.kind == Kind::Caption {
                Some(R::Caption)
            } else if b.kind == Kind::Heading(1)
                || (matches!(b.kind, Kind::Heading(_))
                    && title.is_some_and(|t| norm_eq(t, &b.text)))
            {
                Some(R::Headline)
            } else if b.time_chars * 10 >= b.chars * 8 && b.chars < 80 {
                Some(R::DateLine)
            } else if link_dense(b) {
                Some(if b.kind == Kind::ListItem {
                    R::RelatedLinks
                } else {
                    R::LinkDense
                })
            } else {
                super::labels::label_reason(&b.text).or_else(|| {
                    // Markup shown as text (an escaped tracking pixel).
                    let t = b.text.trim();
                    (t.starts_with('<') && t.ends_with('>')).then_some(R::StraySymbol)
                })
            }
        };
        if reason.is_none() {
            kept.push(i);
        }
        decisions.push(reason);
    }
    // A heading is kept only when what follows it (past ads and captions)
    // is kept: a heading over links or furniture ("Related stories", "Key
    // points") belongs to them.
    for &i in &kept {
        if !matches!(page.blocks[i].kind, Kind::Heading(_)) {
            continue;
        }
        let next = decisions[i + 1..].iter().find(|d| {
            !matches!(
                d,
                Some(R::Advertisement | R::Caption | R::Credit | R::StraySymbol | R::ShareRow)
            )
        });
        match next {
            Some(None) => {}
            Some(Some(R::LinkDense | R::RelatedLinks)) => decisions[i] = Some(R::RelatedLinks),
            _ => decisions[i] = Some(R::InterfaceLabel),
        }
    }
    for (b, d) in page.blocks.iter().zip(decisions) {
        match d {
            None => sel.paragraphs.push(b.text.clone()),
            Some(reason) => sel.removed.push(RemovedBlock {
                text: b.text.clone(),
                reason,
            }),
        }
    }
    sel
}
