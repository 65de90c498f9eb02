//! Lines of a scrape: cleaning control characters, mending paragraphs a
//! crawler broke, and comparing lines. Says nothing about what a line is;
//! that is [`super::classify`].

use super::classify::{classify_line, shape, LineClass};
use super::lexicon;
use crate::meta;

/// Drops NULs and other control characters (tabs and line breaks stay),
/// turns `\r\n` and lone `\r` into `\n`, and drops byte-order marks.
pub(super) fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\t' => out.push(c),
            '\u{feff}' | '\u{200b}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A line reduced to lowercase letters and digits, for comparing lines.
pub(super) fn norm(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `line` repeats the headline, alone or followed by a short
/// " | Outlet" or " - Outlet" suffix.
pub(super) fn repeats_headline(line: &str, headline_norm: &str) -> bool {
    if headline_norm.is_empty() {
        return false;
    }
    let n = norm(line);
    if n == headline_norm {
        return true;
    }
    if !n.starts_with(headline_norm) {
        return false;
    }
    // The headline and a short " | Outlet" or " - Outlet" after it.
    [" | ", " - ", " – ", " — "].iter().any(|sep| {
        line.rsplit_once(sep).is_some_and(|(head, tail)| {
            norm(head) == headline_norm && tail.split_whitespace().count() <= 5
        })
    })
}

/// The non-blank lines of a scrape, trimmed, with broken paragraphs joined
/// again.
///
/// Two kinds of breaks are mended, both only between lines with no blank
/// line between them and only when neither line is furniture on its own:
/// - a line that does not end a sentence followed by one that starts in
///   lower case or with a comma, semicolon or closing bracket, or a line
///   that ends in a comma or a function word ("by the"): a paragraph a
///   crawler split at an inline link;
/// - in a hard-wrapped text (most lines end near one width, between 40 and
///   120 characters, and blank lines separate paragraphs), a line that
///   reaches the wrap width is continued by the next plain line.
pub(super) fn reflow(text: &str) -> Vec<String> {
    let mut lines: Vec<(String, bool)> = Vec::new();
    let mut blank = false;
    for line in text.split('\n') {
        let t = line.trim();
        if t.is_empty() {
            blank = true;
        } else {
            lines.push((t.to_owned(), blank));
            blank = false;
        }
    }
    if lines.len() < 2 {
        return lines.into_iter().map(|(t, _)| t).collect();
    }
    let width = wrap_width(&lines);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut prev_plain = false;
    for (text, blank_before) in lines {
        let plain = matches!(classify_line(&text), LineClass::Text | LineClass::Bullet);
        let continues = match out.last() {
            Some(last)
                if !blank_before && prev_plain && plain && !meta::starts_with_bullet(&text) =>
            {
                let last_shape = shape(last);
                let first = text.chars().next();
                let lower_start =
                    first.is_some_and(|c| c.is_lowercase() || matches!(c, ',' | ';' | ')' | ']'));
                let wrapped = width.is_some_and(|w| last.chars().count() * 4 >= w * 3);
                // A line ending in "the", "of", "by" or a comma is unfinished.
                let dangling = last.ends_with(',')
                    || last
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| lexicon::has(lexicon::FUNCTION, &w.to_lowercase()));
                (lower_start && !last_shape.terminal) || dangling || wrapped
            }
            _ => false,
        };
        match out.last_mut() {
            Some(last) if continues => {
                if !text.starts_with([',', ';', ')', ']']) {
                    last.push(' ');
                }
                last.push_str(&text);
                // The joined line is plain if both parts were.
            }
            _ => out.push(text),
        }
        prev_plain = plain;
    }
    out
}

/// The width a text is hard-wrapped at, if it is: at least six lines, blank
/// lines between paragraphs, the 90th percentile of line lengths between 40
/// and 120 characters, at least half the lines within a quarter of it, and
/// hardly any longer.
fn wrap_width(lines: &[(String, bool)]) -> Option<usize> {
    if lines.len() < 6 || !lines.iter().skip(1).any(|(_, blank)| *blank) {
        return None;
    }
    let mut lens: Vec<usize> = lines.iter().map(|(t, _)| t.chars().count()).collect();
    lens.sort_unstable();
    let p90 = *lens.get(lens.len() * 9 / 10)?;
    if !(40..=120).contains(&p90) {
        return None;
    }
    let near = lens
        .iter()
        .filter(|&&l| l * 4 >= p90 * 3 && l <= p90 + p90 / 10)
        .count();
    let longer = lens.iter().filter(|&&l| l > p90 + p90 / 5).count();
    (near * 2 >= lens.len() && longer * 20 <= lens.len()).then_some(p90)
}
