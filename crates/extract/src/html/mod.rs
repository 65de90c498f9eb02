//! HTML extraction: the article body and metadata out of a page.
//!
//! Steps: [`limit`] bounds hostile input (size, nesting depth); the page is
//! parsed once with `scraper` (html5ever, the WHATWG parsing algorithm, so
//! broken markup parses as browsers do); [`walk`] turns the DOM into an
//! element table, text blocks and raw metadata in one iterative pass;
//! [`score`] picks the main-content container and sorts every block in or
//! out with a [`RemovalReason`](crosscheck_types::RemovalReason); [`meta`]
//! reads title, subtitle, date, outlet, byline and canonical URL.
//!
//! Parser choice: html5ever (through `scraper`'s tree) parses like a
//! browser, which matters on real pages full of unclosed tags; `tl` is
//! faster but does not implement the HTML tree-construction rules, and
//! lol_html streams without a tree, which scoring containers needs. The
//! parse is most of the time spent; the walk and scoring are linear.
//!
//! Not done here: plain-text scrapes ([`crate::text`]), date formats
//! beyond what [`crate::dates`] reads, the input's own hints (merged by
//! [`crate::extract`]).

mod hints;
mod labels;
pub mod limit;
mod meta;
mod score;
mod walk;

use crosscheck_types::{DocumentHints, RemovalReason, RemovedBlock};
use scraper::Html;

use crate::Extracted;
use walk::{Kind, Walked};

/// Extracts the article from an HTML page. Never panics; a page without
/// visible text gives an empty body and one empty removed block with reason
/// [`RemovalReason::LowTextDensity`], so the audit trail says why.
pub fn extract_html(html: &str, hints: &DocumentHints) -> Extracted {
    let limited = limit::limit(html);
    let doc = Html::parse_document(&limited);
    let page = walk::walk(&doc);
    drop(doc);
    assemble(&page, hints)
}

fn assemble(page: &Walked, hints: &DocumentHints) -> Extracted {
    let raw = &page.meta;
    let ld = meta::json_ld(&raw.json_ld);
    let site = meta::meta_value(raw, &["og:site_name", "application-name"])
        .map(meta::collapse)
        .or_else(|| ld.publisher.clone());
    let h1 = page
        .blocks
        .iter()
        .find(|b| b.kind == Kind::Heading(1))
        .map(|b| b.text.as_str());
    let title = meta::title(raw, &ld, h1, site.as_deref());
    let sel = score::select(page, title.as_ref().map(|(t, _)| t.as_str()));

    let canonical = raw
        .canonical
        .clone()
        .filter(|u| u.starts_with("http"))
        .or_else(|| meta::meta_value(raw, &["og:url"]).map(str::to_owned))
        .filter(|u| u.starts_with("http"));
    let url_for_date = canonical.as_deref().or(hints.url.as_deref());
    let time_in_body = sel.container.and_then(|c| {
        let end = page.elems.get(c as usize)?.end;
        raw.times
            .iter()
            .find(|(at, _)| *at >= c && *at <= end)
            .map(|(_, t)| t.as_str())
    });
    let published = meta::published(raw, &ld, time_in_body, url_for_date);
    let outlet = site.or_else(|| {
        canonical
            .as_deref()
            .or(hints.url.as_deref())
            .and_then(meta::domain)
    });
    let byline = ld
        .author
        .as_deref()
        .and_then(meta::clean_byline)
        .or_else(|| {
            meta::meta_value(raw, &["author", "article:author", "byl", "sailthru.author"])
                .and_then(meta::clean_byline)
        })
        .or_else(|| byline_in_page(&sel.removed));

    let body = sel.paragraphs.join("\n\n");
    let subtitle = subtitle(raw, &ld, &sel.removed, &body);
    let mut removed = sel.removed;
    if body.is_empty() && removed.is_empty() {
        removed.push(RemovedBlock {
            text: String::new(),
            reason: RemovalReason::LowTextDensity,
        });
    }
    Extracted {
        title: title.as_ref().map(|(t, _)| t.clone()),
        title_source: title.map(|(_, s)| s),
        subtitle,
        published,
        outlet,
        byline,
        url: canonical,
        body,
        removed,
        ..Extracted::default()
    }
}

/// The first run of blocks removed as a byline, joined ("By" and the name
/// are often apart).
fn byline_in_page(removed: &[RemovedBlock]) -> Option<String> {
    let start = removed
        .iter()
        .position(|r| r.reason == RemovalReason::Byline)?;
    let run: Vec<&str> = removed[start..]
        .iter()
        .take_while(|r| r.reason == RemovalReason::Byline)
        .take(4)
        .map(|r| r.text.as_str())
        .collect();
    meta::clean_byline(&run.join(" "))
}

/// A subtitle only when it is a real standfirst: a description that is not
/// just the start of the body (many pages describe themselves with their
/// first sentence, cut), long enough to say something.
fn subtitle(
    raw: &walk::RawMeta,
    ld: &meta::JsonLdFacts,
    removed: &[RemovedBlock],
    body: &str,
) -> Option<String> {
    if let Some(s) = removed.iter().find(|r| r.reason == RemovalReason::Subtitle) {
        return Some(s.text.clone());
    }
    let desc = meta::meta_value(
        raw,
        &["og:description", "twitter:description", "description"],
    )
    .map(meta::collapse)
    .or_else(|| ld.description.as_deref().map(meta::collapse))?;
    let words = desc.split_whitespace().count();
    let cut = desc.ends_with("...")
        || desc.ends_with('…')
        || desc.ends_with("…]")
        || desc.ends_with("...]");
    let probe: String = desc.trim_end_matches(['.', '…']).chars().take(60).collect();
    let in_body = !probe.is_empty() && body.contains(probe.trim());
    (words >= 6 && !cut && !in_body).then_some(desc)
}
