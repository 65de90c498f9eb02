//! What one line of a scrape is, by its own shape and words.
//!
//! [`shape`] measures a line (length, words, capitalisation, terminal
//! punctuation); [`classify_line`] says what the line is on its own: a piece
//! of furniture with its reason, a date, a byline, a wire credit, an "Also
//! Read" link, a bullet point or plain text. Whether plain text is the
//! headline, the standfirst, body or leftover furniture depends on where it
//! stands and what surrounds it: that is decided in [`crate::text`].

use std::sync::OnceLock;

use chrono::NaiveDate;
use crosscheck_types::RemovalReason;
use regex::Regex;

use crate::dates;
use crate::meta::{byline, starts_with_bullet, wire};
use crate::text::lexicon::{self, has};

/// The measurements of one line.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shape {
    /// Characters.
    pub chars: usize,
    /// Whitespace-separated words.
    pub words: usize,
    /// Letters and digits.
    pub alnum: usize,
    /// Ends like a sentence: `.`, `!`, `?`, `…` or `:` (before closing quotes).
    pub terminal: bool,
    /// Ends with a full stop (before closing quotes).
    pub ends_period: bool,
    /// Share of capitalised words among the words that are not function words.
    pub title_ratio: f32,
    /// Starts with a list bullet.
    pub bullet: bool,
    /// Holds quotation marks.
    pub quotes: bool,
    /// Sentence stops inside the line (a full stop followed by a space and a capital).
    pub inner_stops: usize,
}

impl Shape {
    /// Reads like running text: a sentence of some length, or a long line.
    pub fn is_prose(&self) -> bool {
        (self.terminal && self.words >= 8) || self.words >= 30
    }

    /// Reads like a sentence, even a short one ("He declined to comment.").
    pub fn is_sentence(&self) -> bool {
        self.terminal && self.words >= 3
    }

    /// Reads like a headline or a link's title: a few words, no final full stop.
    pub fn is_title_like(&self) -> bool {
        !self.ends_period
            && (3..=30).contains(&self.words)
            && self.chars <= 250
            && !self.bullet
            && self.alnum * 2 >= self.chars.saturating_sub(self.words)
    }
}

/// Measures a line.
pub fn shape(line: &str) -> Shape {
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let stripped = line.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»', '*', ' ']);
    let last = stripped.chars().last();
    let terminal = matches!(last, Some('.' | '!' | '?' | '…' | ':' | ';'));
    let ends_period = matches!(last, Some('.' | '…'));
    let mut significant = 0usize;
    let mut capitalised = 0usize;
    for w in &words {
        let bare: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        if bare.is_empty() || has(lexicon::FUNCTION, &bare.to_lowercase()) {
            continue;
        }
        significant += 1;
        if bare
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        {
            capitalised += 1;
        }
    }
    let title_ratio = if significant == 0 {
        0.0
    } else {
        capitalised as f32 / significant as f32
    };
    let mut inner_stops = 0;
    let chars: Vec<char> = stripped.chars().collect();
    for i in 1..chars.len().saturating_sub(2) {
        if matches!(chars[i], '.' | '!' | '?')
            && chars[i + 1] == ' '
            && chars[i + 2].is_uppercase()
            && chars[i - 1].is_lowercase()
        {
            inner_stops += 1;
        }
    }
    Shape {
        chars: line.chars().count(),
        words: words.len(),
        alnum: line.chars().filter(|c| c.is_alphanumeric()).count(),
        terminal,
        ends_period,
        title_ratio,
        bullet: starts_with_bullet(line),
        quotes: line.contains(['"', '“', '”']),
        inner_stops,
    }
}

/// Whether a comments line opens a comment section ("Comments", "12
/// Comments", "Leave a comment", "Comment / Reply From", "Join the
/// discussion") rather than counting comments beside a byline.
pub fn opens_comments(line: &str) -> bool {
    let words = lower_words(line);
    words.len() <= 6
        && words.iter().any(|w| {
            matches!(
                w.as_str(),
                "comment" | "comments" | "discussion" | "reply" | "replies"
            )
        })
}

/// What a line is on its own.
#[derive(Clone, Debug, PartialEq)]
pub enum LineClass {
    /// Furniture, with the reason it is not body.
    Furniture(RemovalReason),
    /// An "Also Read" link; `label_only` when the line is only the label and
    /// the link's title is on the next line.
    AlsoRead {
        /// Only the label ("Also Read:"), nothing after it.
        label_only: bool,
    },
    /// A scraper's `date YYYY-MM-DD` token; the line's remainder, from byte
    /// `rest`, is a line of its own.
    DateToken {
        /// The date.
        date: NaiveDate,
        /// Byte offset where the rest of the line starts.
        rest: usize,
    },
    /// A line that is only a date (with labels, a weekday, a time).
    DateOnly {
        /// The date.
        date: NaiveDate,
        /// A weekday name is written.
        weekday: bool,
        /// Labelled as the publication ("Published", "Posted").
        published: bool,
        /// Labelled as an update ("Updated", "Last modified").
        updated: bool,
        /// Labelled as today's date ("Today").
        today: bool,
    },
    /// A byline.
    Byline(byline::Byline),
    /// A row of article metadata split by separators ("By Jane Doe | Updated:
    /// Oct 29, 2025 | 4 min read", "Published 29 Oct 2025 · Valley desk").
    MetaRow {
        /// The date written in it, if any.
        date: Option<NaiveDate>,
        /// Labelled as an update.
        updated: bool,
        /// The byline in it, if any.
        byline: Option<byline::Byline>,
    },
    /// A wire credit naming this agency.
    Wire(String),
    /// A bullet point.
    Bullet,
    /// Anything else.
    Text,
}

/// Lowercase words of a line, split at anything that is not a letter, a
/// digit, `-` or `+`.
fn lower_words(line: &str) -> Vec<String> {
    line.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '+' || c == '&'))
        .map(|w| w.trim_matches('-').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// "sign up for our …", "subscribe to the …": a call to subscribe, wherever
/// it stands in the line.
fn sign_up_prompt(words: &[String]) -> bool {
    words.windows(4).any(|w| {
        let to_ours = |prep: &str, det: &str| {
            matches!(prep, "for" | "to") && matches!(det, "our" | "the" | "my")
        };
        (w[0] == "sign" && w[1] == "up" && to_ours(&w[2], &w[3]))
            || (w[0] == "subscribe" && to_ours(&w[1], &w[2]))
    })
}

fn regexes() -> Option<&'static Regexes> {
    static RES: OnceLock<Option<Regexes>> = OnceLock::new();
    RES.get_or_init(Regexes::new).as_ref()
}

struct Regexes {
    page_furniture: Regex,
    date_token: Regex,
    also_read: Regex,
    keyword_prefix: Regex,
    caption_label: Regex,
    caption_any: Regex,
    trailing_credit: Regex,
}

impl Regexes {
    fn new() -> Option<Self> {
        Some(Self {
            page_furniture: Regex::new(
                r"(?i)(?:©|\(c\)\s*\d{4}|^\s*\(c\)\s+\p{L}|\bcopyright\s+(?:©\s*)?\d{4}|\ball rights reserved\b|^disclaimer\s*:|\bauto-generated from a syndicated feed\b|\bhas not been edited by\b.{0,60}\bstaff\b|\b(?:republished|reproduced|reprinted|redistributed)\b[^.]{0,80}\bunder\s+(?:licen[cs]e|agreement|arrangement)\b)",
            )
            .ok()?,
            date_token: Regex::new(
                r"(?i)^date\s*[:=]?\s*\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?[^\s]*)?(?:\s+|$)",
            )
            .ok()?,
            also_read: Regex::new(
                r"(?i)^(?:also\s+read|read\s+also|read\s+more|also\s+see|see\s+also|also\s+watch|watch\s+also|must\s+read|must\s+watch|don'?t\s+miss|recommended(?:\s+(?:for\s+you|stories|articles|reading))?|related(?:\s+(?:story|stories|news|articles?|reading|coverage|posts?|links?|content))?|more\s+(?:stories|news|from\s+[^:|]{1,30})|you\s+may\s+also\s+like|you\s+might\s+also\s+like|trending(?:\s+now|\s+stories)?|top\s+stories|popular(?:\s+stories)?|read|watch|listen)\s*(?P<sep>[:|>»\-–—]+|$)\s*(?P<rest>.*)$",
            )
            .ok()?,
            keyword_prefix: Regex::new(
                r"(?i)^(?:tags?|topics?|keywords?|related\s+topics|filed\s+under|categories|category|subjects?)\s*[:|\-–]",
            )
            .ok()?,
            caption_label: Regex::new(
                r"(?i)(?:^|\s|\()(?:photo(?:graph)?|image|picture|pic|credit|courtesy|photographer|source)\s*:|\((?:photo|image|picture|pic|file)\b|\b(?:photo|image|picture)\s+(?:credit|courtesy)\b|\b(?:getty\s+images|shutterstock|istock(?:photo)?)\b|\b(?:afp|ap|reuters|epa|ani|pti)\s+photo\b",
            )
            .ok()?,
            caption_any: Regex::new(
                r"(?i)\b(?:file\s+(?:photo|image|pic|picture)|representative\s+(?:image|photo|picture|pic)|representational\s+(?:image|photo|picture|pic)|(?:photo|image|picture)\s+(?:by|via)\s+\p{Lu})",
            )
            .ok()?,
            trailing_credit: Regex::new(
                r"\(\s*\p{Lu}[\p{L}\p{M} .'’&\-]{0,40}/\s*\p{Lu}[\p{L}\p{M} .'’&\-]{0,40}\)\s*\.?$",
            )
            .ok()?,
        })
    }
}

/// A line with no letter or digit, or a lone character or two ("×", "»", "|").
fn is_stray(s: &Shape) -> bool {
    s.alnum == 0 || (s.chars <= 2 && s.words <= 1)
}

/// Furniture made only of interface words: share rows, ad labels, comment
/// prompts, newsletter boxes, cookie notices and interface labels.
fn lexicon_furniture(line: &str, s: &Shape) -> Option<RemovalReason> {
    let words = lower_words(line);
    if words.is_empty() {
        return None;
    }
    let in_any = |w: &str| {
        has(lexicon::SHARE, w)
            || has(lexicon::AD, w)
            || has(lexicon::COMMENT, w)
            || has(lexicon::NEWSLETTER, w)
            || has(lexicon::COOKIE, w)
            || has(lexicon::INTERFACE, w)
            || has(lexicon::WEAK, w)
            || w.chars().all(|c| c.is_ascii_digit() || c == '+')
    };
    let any_of = |list: &[&str]| words.iter().any(|w| has(list, w));
    let strong = words
        .iter()
        .any(|w| !has(lexicon::WEAK, w) && !w.chars().all(|c| c.is_ascii_digit()) && in_any(w));
    let all_lexicon = words.iter().all(|w| in_any(w));
    let short = s.words <= 12 && s.chars <= 100;

    if short && all_lexicon && strong {
        return Some(if any_of(lexicon::AD) {
            RemovalReason::Advertisement
        } else if any_of(lexicon::SHARE) {
            RemovalReason::ShareRow
        } else if any_of(lexicon::COMMENT) {
            RemovalReason::Comments
        } else if any_of(lexicon::NEWSLETTER) {
            RemovalReason::Newsletter
        } else if any_of(lexicon::COOKIE) {
            RemovalReason::CookieNotice
        } else {
            RemovalReason::InterfaceLabel
        });
    }
    // An ad label with a word or two more ("Advertisement 3", "Story
    // continues below advertisement").
    if s.words <= 6 && any_of(lexicon::AD_STRONG) {
        return Some(RemovalReason::Advertisement);
    }
    // "12 Comments", "Comments (4)", "Leave a comment".
    if s.words <= 8 && !s.terminal && any_of(&["comment", "comments"]) {
        return Some(RemovalReason::Comments);
    }
    // "Sign up for our morning briefing", anywhere in a short line.
    if s.words <= 25 && sign_up_prompt(&words) {
        return Some(RemovalReason::Newsletter);
    }
    // "Subscribe to our daily newsletter".
    if s.words <= 15 && any_of(&["newsletter", "newsletters", "subscribe"]) {
        let imperative = words
            .first()
            .is_some_and(|w| w == "subscribe" || w == "sign" || w == "get" || w == "join");
        if !s.terminal || imperative {
            return Some(RemovalReason::Newsletter);
        }
    }
    // "We use cookies … Accept".
    if s.words <= 60
        && any_of(&["cookie", "cookies"])
        && any_of(&["accept", "consent", "policy", "agree", "settings", "use"])
    {
        return Some(RemovalReason::CookieNotice);
    }
    None
}

/// A photo caption or a photo credit, told by credit markers
/// ("Photo:", "File Photo", "Representative image", "(Outlet/Photographer)").
fn caption_or_credit(line: &str, s: &Shape, re: &Regexes) -> Option<RemovalReason> {
    if s.words > 60 {
        return None;
    }
    let labelled = re.caption_label.is_match(line) || re.trailing_credit.is_match(line);
    // Loose markers ("file photo") count in a short line, not in a sentence
    // of the report that mentions a file photo.
    let loose = re.caption_any.is_match(line) && !(s.is_prose() && s.words >= 12);
    if !(labelled || loose) {
        return None;
    }
    // What is left without the markers and bracketed credits: nothing or a
    // name is a credit; a description is a caption.
    let mut rest = re.caption_label.replace_all(line, " ").into_owned();
    rest = re.caption_any.replace_all(&rest, " ").into_owned();
    rest = re.trailing_credit.replace_all(&rest, " ").into_owned();
    let rest_words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let name_only = rest_words.len() <= 4
        && rest_words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
    Some(if name_only {
        RemovalReason::Credit
    } else {
        RemovalReason::Caption
    })
}

/// Splits a line into list items at `,`, `;`, `|`, `·` or `•`.
fn items(line: &str, seps: &[char]) -> Vec<String> {
    line.split(seps)
        .map(|i| i.trim().to_owned())
        .filter(|i| !i.is_empty())
        .collect()
}

/// A navigation row: three or more one-to-three-word items separated by
/// `|`, `»`, `›`, `>` or `/` ("Home | World | Asia", "News » Region").
fn is_navigation(line: &str, s: &Shape) -> bool {
    if s.terminal || s.words > 25 {
        return false;
    }
    let parts = items(line, &['|', '»', '›', '>', '/', '•', '·']);
    parts.len() >= 3
        && parts.iter().all(|p| {
            let n = p.split_whitespace().count();
            (1..=3).contains(&n) && p.chars().count() <= 30
        })
}

/// A keyword or tag row: "Tags: …", a row of hashtags, or three or more
/// short comma-separated noun phrases without a final stop.
fn is_keyword_row(line: &str, s: &Shape, re: &Regexes) -> bool {
    if re.keyword_prefix.is_match(line) && s.words <= 40 {
        return true;
    }
    let tokens: Vec<&str> = line.split_whitespace().collect();
    if tokens.len() >= 2
        && tokens
            .iter()
            .all(|t| t.starts_with('#') && t.chars().count() > 1)
    {
        return true;
    }
    if s.terminal || s.quotes || s.words > 40 {
        return false;
    }
    let parts = items(line, &[',', ';', '|', '·', '•']);
    if parts.len() < 3 {
        return false;
    }
    let mut with_function = 0;
    for p in &parts {
        let words: Vec<String> = lower_words(p);
        if words.is_empty() || words.len() > 5 || p.chars().count() > 40 {
            return false;
        }
        if !p.chars().next().is_some_and(char::is_alphanumeric) {
            return false;
        }
        if words.iter().any(|w| has(lexicon::FUNCTION, w)) {
            with_function += 1;
        }
    }
    with_function * 3 < parts.len()
}

/// A line that is only a date, with labels, a weekday and a time around it.
fn date_only(line: &str) -> Option<LineClass> {
    let m = dates::find_date(line)?;
    let before = line.get(..m.start)?;
    let after = line.get(m.end..)?;
    let rest = format!("{before} {after}");
    let mut published = false;
    let mut updated = false;
    let mut today = false;
    let mut weekday = m.weekday;
    for w in lower_words(&rest) {
        let w = w.as_str();
        let time_like = w
            .chars()
            .all(|c| c.is_ascii_digit() || c == ':' || c == '+' || c == '-');
        if time_like {
            continue;
        }
        if has(lexicon::WEEKDAYS, w) {
            weekday = true;
            continue;
        }
        if !has(lexicon::DATE_LABELS, w) {
            return None;
        }
        match w {
            "published" | "posted" | "first" | "created" | "dated" => published = true,
            "updated" | "modified" | "last" => updated = true,
            "today" => today = true,
            _ => {}
        }
    }
    Some(LineClass::DateOnly {
        date: m.date,
        weekday,
        published,
        updated,
        today,
    })
}

/// A short segment that says how long a read is ("4 min read").
fn is_read_time(segment: &str) -> bool {
    let words = lower_words(segment);
    words.len() <= 4
        && words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
        && words.iter().all(|w| {
            w.chars().all(|c| c.is_ascii_digit())
                || has(
                    &[
                        "min", "mins", "minute", "minutes", "read", "reading", "time",
                    ],
                    w,
                )
        })
}

/// A row of metadata: segments split by `|`, `•`, `·` or ` - `, each a
/// date, a byline, a read time, a wire credit, a bare label or an outlet-like
/// name, with at least one date or byline among them.
fn meta_row(line: &str, s: &Shape) -> Option<LineClass> {
    if s.words > 25 || s.is_prose() {
        return None;
    }
    let segments: Vec<&str> = line
        .split(['|', '•', '·'])
        .flat_map(|seg| seg.split(" - "))
        .flat_map(|seg| seg.split(" – "))
        .map(str::trim)
        .filter(|seg| !seg.is_empty())
        .collect();
    if segments.len() < 2 {
        return None;
    }
    let mut date = None;
    let mut updated = false;
    let mut by = None;
    for seg in segments {
        let seg_shape = shape(seg);
        if let Some(LineClass::DateOnly {
            date: d,
            updated: u,
            ..
        }) = date_only(seg)
        {
            if date.is_none() {
                date = Some(d);
                updated = u;
            }
        } else if let Some(b) = byline::parse_line(seg) {
            by.get_or_insert(b);
        } else if is_read_time(seg)
            || wire::credit_line(seg).is_some()
            || lexicon_furniture(seg, &seg_shape).is_some()
            || byline::is_outlet_name(seg)
        {
        } else {
            return None;
        }
    }
    (date.is_some() || by.is_some()).then_some(LineClass::MetaRow {
        date,
        updated,
        byline: by,
    })
}

/// What `line` is on its own (see [`LineClass`]). `line` should be trimmed;
/// an empty line is [`LineClass::Text`] with no words, which callers skip.
pub fn classify_line(line: &str) -> LineClass {
    let line = line.trim();
    let s = shape(line);
    if line.is_empty() {
        return LineClass::Text;
    }
    if is_stray(&s) {
        return LineClass::Furniture(RemovalReason::StraySymbol);
    }
    let Some(re) = regexes() else {
        return LineClass::Text;
    };
    if let Some(m) = re.date_token.find(line) {
        if let Some(date) = dates::parse_date(m.as_str().get(4..).unwrap_or("")) {
            return LineClass::DateToken {
                date,
                rest: m.end(),
            };
        }
    }
    if s.words <= 40 {
        if let Some(c) = re.also_read.captures(line) {
            let rest = c.name("rest").map_or("", |m| m.as_str()).trim();
            let sep = c.name("sep").map_or("", |m| m.as_str());
            let label = line
                .get(..c.name("sep").map_or(0, |m| m.start()))
                .unwrap_or("");
            // A bare "Read"/"Watch" label needs a separator; a sentence
            // ("Read the statement.") is not a link.
            let bare_verb = matches!(
                label.trim().to_lowercase().as_str(),
                "read" | "watch" | "listen"
            );
            let ok = if bare_verb {
                !sep.is_empty() && !rest.is_empty()
            } else {
                true
            };
            let rest_shape = shape(rest);
            if ok && !(rest_shape.is_prose() && rest_shape.inner_stops > 0) {
                return LineClass::AlsoRead {
                    label_only: rest.is_empty(),
                };
            }
        }
    }
    if let Some(agency) = wire::credit_line(line) {
        return LineClass::Wire(agency);
    }
    if let Some(b) = byline::parse_line(line) {
        return LineClass::Byline(b);
    }
    if s.words <= 16 {
        if let Some(c) = date_only(line) {
            return c;
        }
    }
    if let Some(c) = meta_row(line, &s) {
        return c;
    }
    if s.words <= 60 && re.page_furniture.is_match(line) {
        return LineClass::Furniture(RemovalReason::PageFurniture);
    }
    if let Some(reason) = lexicon_furniture(line, &s) {
        return LineClass::Furniture(reason);
    }
    if let Some(reason) = caption_or_credit(line, &s, re) {
        return LineClass::Furniture(reason);
    }
    if is_navigation(line, &s) {
        return LineClass::Furniture(RemovalReason::Navigation);
    }
    if is_keyword_row(line, &s, re) {
        return LineClass::Furniture(RemovalReason::KeywordRow);
    }
    if s.bullet {
        return LineClass::Bullet;
    }
    LineClass::Text
}

#[cfg(test)]
mod tests {
    use super::*;
    use RemovalReason as R;

    fn furniture(line: &str) -> Option<RemovalReason> {
        match classify_line(line) {
            LineClass::Furniture(r) => Some(r),
            LineClass::AlsoRead { .. } => Some(R::AlsoRead),
            LineClass::Wire(_) => Some(R::WireCredit),
            LineClass::Byline(_) => Some(R::Byline),
            LineClass::MetaRow { date: Some(_), .. } => Some(R::DateLine),
            LineClass::MetaRow { date: None, .. } => Some(R::Byline),
            LineClass::DateOnly { .. } | LineClass::DateToken { .. } => Some(R::DateLine),
            LineClass::Bullet | LineClass::Text => None,
        }
    }

    #[test]
    fn invented_furniture() {
        let cases: &[(&str, RemovalReason)] = &[
            (
                "Also Read: Lowmark ferry strike enters third week",
                R::AlsoRead,
            ),
            ("READ MORE | Harbour tolls to rise in spring", R::AlsoRead),
            ("Related Stories", R::AlsoRead),
            ("Advertisement", R::Advertisement),
            ("ADVERTISEMENT - SCROLL TO CONTINUE", R::Advertisement),
            ("Story continues below advertisement", R::Advertisement),
            ("Sponsored Content", R::Advertisement),
            ("Share on Facebook Share on X Copy link", R::ShareRow),
            ("Share this article", R::ShareRow),
            ("Dark Mode", R::InterfaceLabel),
            ("Skip to main content", R::InterfaceLabel),
            ("Photos Videos Live TV", R::InterfaceLabel),
            ("Leave a Reply Cancel reply", R::Comments),
            ("14 Comments", R::Comments),
            ("Subscribe to our morning newsletter", R::Newsletter),
            (
                "We use cookies to improve your experience. Accept all",
                R::CookieNotice,
            ),
            ("•", R::StraySymbol),
            ("×", R::StraySymbol),
            ("***", R::StraySymbol),
            ("Photo: Lis Harnet", R::Credit),
            ("File Photo", R::Credit),
            ("Tram depot at dawn. (Sanmere Daily/Ola Brenn)", R::Caption),
            (
                "Crowds outside the ferry terminal File Photo; Representative image",
                R::Caption,
            ),
            (
                "Harbour strike, Lowmark ferries, port unions, wage talks",
                R::KeywordRow,
            ),
            ("Tags: Lowmark, ferries", R::KeywordRow),
            ("#Lowmark #ferry #strike", R::KeywordRow),
            ("Home | Region | Sport | Opinion", R::Navigation),
            ("With XNA inputs.", R::WireCredit),
            ("(With inputs from agencies)", R::WireCredit),
            ("By Ola Brenn", R::Byline),
            ("Published: March 4, 2026 09:12 am", R::DateLine),
            ("Thursday, 5 March 2026", R::DateLine),
            ("date 2026-03-05", R::DateLine),
            (
                "By Ola Brenn | Updated: March 4, 2026, 10:14 IST | 4 min read",
                R::Byline,
            ),
            ("Published 4 March 2026 · Harbour Chronicle", R::DateLine),
            ("Valley Times | Last updated: 14/03/2026", R::DateLine),
            ("© 2026 Harbour Chronicle. All rights reserved.", R::PageFurniture),
            ("Disclaimer: Views expressed are the writer's own.", R::PageFurniture),
            ("(This story has not been edited by Harbour Chronicle staff and is auto-generated from a syndicated feed.)", R::PageFurniture),
            ("Follow us on Twitter for the latest news.", R::ShareRow),
            ("Click here to subscribe to our newsletter.", R::Newsletter),
            (
                "The Fenwick Courier runs Harbour Wire copy. Sign up for our evening digest.",
                R::Newsletter,
            ),
            (
                "(c) Harbour Wire Service. Republished by the Fenwick Courier under licence.",
                R::PageFurniture,
            ),
        ];
        for (line, reason) in cases {
            assert_eq!(furniture(line), Some(*reason), "{line:?}");
        }
    }

    #[test]
    fn invented_body_lines_stay_text() {
        for line in [
            "The Lowmark ferry strike entered its third week on Monday, the union said.",
            "He declined to comment.",
            "Share prices of the ferry operator fell 4 per cent on Tuesday.",
            "Readers of the Harbour Gazette were told the ferries would resume.",
            "Lowmark, Sanmere and Pellis agree on ferry timetable",
            "Ferries resume as strike ends",
            "“We will not sign,” the union leader said. “Not today.”",
            "Officials released a file photo of the damaged pier on Tuesday, saying repairs would take weeks.",
            "Read the full ruling, the court's spokesman said, before judging it.",
            "Advertisers pulled their spending after the ferry strike began last month, the chamber of commerce said.",
        ] {
            let c = classify_line(line);
            assert!(
                matches!(c, LineClass::Text),
                "{line:?} classified as {c:?}"
            );
        }
    }

    #[test]
    fn bullets_and_tokens() {
        assert_eq!(
            classify_line("• The union wants 9 per cent over two years."),
            LineClass::Bullet
        );
        match classify_line("date 2026-03-05 Ferries resume as strike ends") {
            LineClass::DateToken { date, rest } => {
                assert_eq!(date, NaiveDate::from_ymd_opt(2026, 3, 5).unwrap());
                assert_eq!(rest, "date 2026-03-05 ".len());
            }
            other => panic!("{other:?}"),
        }
        match classify_line("Today: Friday, 6 March 2026") {
            LineClass::DateOnly { today, weekday, .. } => assert!(today && weekday),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn shapes() {
        let s = shape("Ferries resume as strike ends");
        assert!(s.is_title_like() && !s.is_prose() && !s.terminal);
        assert!(s.title_ratio < 0.5);
        assert!(shape("Sanmere Tram Fares To Rise In April").title_ratio > 0.9);
        let s = shape("The strike ended on Monday after the union and operators signed a deal.");
        assert!(s.is_prose() && s.ends_period && !s.is_title_like());
        let s = shape("“It is over,” she said.”");
        assert!(s.terminal && s.quotes);
    }
}
