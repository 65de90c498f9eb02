//! Page metadata: title, subtitle, publication date, outlet, byline and
//! canonical URL, each from the most trusted place the page offers
//! (JSON-LD, then meta tags, then the markup, then the URL).
//!
//! Dates go through [`crate::dates::parse_date`]; a date in the URL path is
//! read here. This module does not choose the body.

use chrono::NaiveDate;
use crosscheck_types::{DateSource, PublishedDate, TitleSource};
use serde_json::Value;

use super::walk::RawMeta;

/// What JSON-LD says about the article.
#[derive(Debug, Default)]
pub struct JsonLdFacts {
    /// `headline`.
    pub headline: Option<String>,
    /// `datePublished`.
    pub published: Option<String>,
    /// `author` names, joined.
    pub author: Option<String>,
    /// `publisher.name`.
    pub publisher: Option<String>,
    /// `description`.
    pub description: Option<String>,
}

/// Most JSON-LD nodes looked at, whatever the nesting.
const MAX_NODES: usize = 2000;

fn is_article_type(v: &Value) -> bool {
    let check = |s: &str| {
        let s = s.to_ascii_lowercase();
        s.contains("article") || s.contains("posting") || s == "report"
    };
    match v.get("@type") {
        Some(Value::String(s)) => check(s),
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).any(check),
        _ => false,
    }
}

fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Object(_) => v.get("name").and_then(name_of),
        Value::Array(a) => {
            let names: Vec<String> = a
                .iter()
                .filter_map(name_of)
                .filter(|s| !s.is_empty())
                .collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
    .filter(|s| !s.is_empty())
}

fn text_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Array(a) => a.first().and_then(|x| text_of(Some(x))),
        _ => None,
    }
}

/// Reads the article facts out of the page's JSON-LD scripts: the first
/// node typed as an article wins; other nodes fill what it lacks.
pub fn json_ld(scripts: &[String]) -> JsonLdFacts {
    let mut facts = JsonLdFacts::default();
    let mut article_seen = false;
    for script in scripts {
        let Ok(root) = serde_json::from_str::<Value>(script.trim()) else {
            continue;
        };
        // Iterative walk over objects and arrays (the JSON may be deep).
        let mut stack = vec![&root];
        let mut seen = 0;
        while let Some(v) = stack.pop() {
            seen += 1;
            if seen > MAX_NODES {
                break;
            }
            match v {
                Value::Array(a) => stack.extend(a.iter().rev()),
                Value::Object(map) => {
                    if is_article_type(v) && !article_seen {
                        article_seen = true;
                        let mine = JsonLdFacts {
                            headline: text_of(v.get("headline")).or_else(|| text_of(v.get("name"))),
                            published: text_of(v.get("datePublished"))
                                .or_else(|| text_of(v.get("dateCreated"))),
                            author: v.get("author").and_then(name_of),
                            publisher: v.get("publisher").and_then(name_of),
                            description: text_of(v.get("description")),
                        };
                        facts = JsonLdFacts {
                            headline: mine.headline.or(facts.headline),
                            published: mine.published.or(facts.published),
                            author: mine.author.or(facts.author),
                            publisher: mine.publisher.or(facts.publisher),
                            description: mine.description.or(facts.description),
                        };
                    } else if facts.published.is_none() {
                        if let Some(d) = text_of(v.get("datePublished")) {
                            facts.published = Some(d);
                        }
                    }
                    if let Some(g) = map.get("@graph") {
                        stack.push(g);
                    }
                    if let Some(m) = map.get("mainEntity") {
                        stack.push(m);
                    }
                }
                _ => {}
            }
        }
    }
    facts
}

/// The first meta value under any of `keys` (in the order of `keys`).
pub fn meta_value<'a>(raw: &'a RawMeta, keys: &[&str]) -> Option<&'a str> {
    keys.iter().find_map(|k| {
        raw.metas
            .iter()
            .find(|m| m.key == *k)
            .map(|m| m.value.as_str())
            .filter(|v| !v.trim().is_empty())
    })
}

/// Separators between a headline and a site name in `<title>` and og:title.
const SEPARATORS: [&str; 7] = [" | ", " - ", " – ", " — ", " :: ", " · ", " / "];

/// Removes a " | Site name" suffix (or a "Site name | " prefix): a part
/// that is the site's name, or a short last part after a longer headline.
pub fn strip_site(title: &str, site: Option<&str>) -> String {
    let mut t = collapse(title);
    for _ in 0..3 {
        let Some((sep_at, sep)) = SEPARATORS
            .iter()
            .filter_map(|s| t.rfind(s).map(|i| (i, *s)))
            .max_by_key(|(i, _)| *i)
        else {
            break;
        };
        let (head, tail) = (&t[..sep_at], &t[sep_at + sep.len()..]);
        let is_site = |part: &str| site.is_some_and(|s| part.trim().eq_ignore_ascii_case(s.trim()));
        let words = |s: &str| s.split_whitespace().count();
        if is_site(tail) || (words(tail) <= 4 && words(head) >= 3) {
            t = head.trim().to_owned();
            continue;
        }
        // "Site | Headline".
        if let Some((first, rest)) = SEPARATORS.iter().find_map(|s| t.split_once(s)) {
            if is_site(first) && !rest.trim().is_empty() {
                t = rest.trim().to_owned();
                continue;
            }
        }
        break;
    }
    t
}

/// Collapses whitespace runs to one space and trims.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The title and where it came from.
pub fn title(
    raw: &RawMeta,
    ld: &JsonLdFacts,
    h1: Option<&str>,
    site: Option<&str>,
) -> Option<(String, TitleSource)> {
    let clean = |s: &str| Some(collapse(s)).filter(|s| !s.is_empty());
    if let Some(t) = ld.headline.as_deref().and_then(clean) {
        return Some((t, TitleSource::JsonLd));
    }
    if let Some(t) = meta_value(raw, &["og:title", "twitter:title"]) {
        let t = strip_site(t, site);
        if !t.is_empty() {
            return Some((t, TitleSource::MetaTag));
        }
    }
    if let Some(t) = h1.and_then(clean) {
        return Some((t, TitleSource::Heading));
    }
    let t = strip_site(raw.title_tag.as_deref()?, site);
    (!t.is_empty()).then_some((t, TitleSource::TitleTag))
}

/// Meta keys that carry a publication date, most trusted first.
const DATE_KEYS: [&str; 14] = [
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "published_time",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
];

/// The publication date and where it came from.
pub fn published(
    raw: &RawMeta,
    ld: &JsonLdFacts,
    time_in_body: Option<&str>,
    url: Option<&str>,
) -> Option<PublishedDate> {
    let at = |date: NaiveDate, source| PublishedDate { date, source };
    if let Some(d) = ld.published.as_deref().and_then(crate::dates::parse_date) {
        return Some(at(d, DateSource::JsonLd));
    }
    for key in DATE_KEYS {
        if let Some(d) = meta_value(raw, &[key]).and_then(crate::dates::parse_date) {
            return Some(at(d, DateSource::MetaTag));
        }
    }
    let times = time_in_body
        .into_iter()
        .chain(raw.times.iter().map(|(_, t)| t.as_str()));
    for t in times {
        if let Some(d) = crate::dates::parse_date(t) {
            return Some(at(d, DateSource::TimeElement));
        }
    }
    url.and_then(url_date).map(|d| at(d, DateSource::Url))
}

/// A date in a URL path: `/2019/11/19/`, `/2019-11-19`, `/20191119/`.
pub fn url_date(url: &str) -> Option<NaiveDate> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let parts: Vec<&str> = path.split('/').skip(1).collect();
    let num = |s: &str, len: usize| -> Option<u32> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let ymd = |y: u32, m: u32, d: u32| {
        (1990..=2100)
            .contains(&y)
            .then(|| NaiveDate::from_ymd_opt(y as i32, m, d))
            .flatten()
    };
    for (i, p) in parts.iter().enumerate() {
        if let Some(y) = num(p, 4) {
            let m = parts.get(i + 1).and_then(|s| num(s, 2));
            let d = parts.get(i + 2).and_then(|s| num(s, 2));
            if let (Some(m), Some(d)) = (m, d) {
                if let Some(date) = ymd(y, m, d) {
                    return Some(date);
                }
            }
        }
        // 2019-11-19 at the start of a segment.
        if let Some(head) = p.get(..10) {
            let b = head.as_bytes();
            if b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-') {
                if let (Some(y), Some(m), Some(d)) = (
                    num(&head[..4], 4),
                    num(&head[5..7], 2),
                    num(&head[8..10], 2),
                ) {
                    if let Some(date) = ymd(y, m, d) {
                        return Some(date);
                    }
                }
            }
        }
        if let Some(n) = num(p, 8) {
            if let Some(date) = ymd(n / 10000, n / 100 % 100, n % 100) {
                return Some(date);
            }
        }
    }
    None
}

/// The host of a URL without `www.`.
pub fn domain(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// A byline with a leading "By" removed.
pub fn clean_byline(s: &str) -> Option<String> {
    let mut s = collapse(s);
    for prefix in ["written by ", "words by ", "posted by ", "by "] {
        let lower = s.to_lowercase();
        if lower.starts_with(prefix) {
            s = s.get(prefix.len()..).unwrap_or("").trim().to_owned();
        }
    }
    if s.eq_ignore_ascii_case("by") {
        return None;
    }
    (!s.is_empty() && s.chars().count() <= 120 && !s.starts_with("http")).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_suffixes() {
        assert_eq!(
            strip_site("Big news today | The Daily", None),
            "Big news today"
        );
        assert_eq!(
            strip_site("The Daily - Big news today", Some("The Daily")),
            "Big news today"
        );
        assert_eq!(strip_site("Rates - what next?", None), "Rates - what next?");
    }

    #[test]
    fn url_dates() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        assert_eq!(url_date("https://x.com/2019/11/19/story/"), d(2019, 11, 19));
        assert_eq!(
            url_date("https://x.com/news/2019-11-19-story"),
            d(2019, 11, 19)
        );
        assert_eq!(url_date("https://x.com/a/20191119/b"), d(2019, 11, 19));
        assert_eq!(url_date("https://x.com/a/12345678/b"), None);
    }

    #[test]
    fn json_ld_graph() {
        let s = r#"{"@graph":[{"@type":"WebSite","name":"W"},{"@type":"NewsArticle","headline":"H","datePublished":"2020-01-02T03:04:05Z","author":[{"name":"A"},{"name":"B"}],"publisher":{"name":"P"}}]}"#;
        let f = json_ld(&[s.to_owned()]);
        assert_eq!(f.headline.as_deref(), Some("H"));
        assert_eq!(f.author.as_deref(), Some("A, B"));
        assert_eq!(f.publisher.as_deref(), Some("P"));
        assert_eq!(f.published.as_deref(), Some("2020-01-02T03:04:05Z"));
    }
}
