//! Bounds hostile input before it reaches the HTML parser, and spares the
//! parser what the extractor never reads.
//!
//! html5ever keeps a stack of open elements and, for many start tags,
//! searches that stack ("is a `<p>` in button scope?"): a page of millions of
//! nested `<div>`s costs time quadratic in the depth. This module caps the
//! input's size and drops start and end tags nested deeper than
//! [`MAX_DEPTH`], keeping their text. It is a light tag scanner (comments,
//! raw-text elements and quoted attributes are understood), not a parser: it
//! only decides which byte ranges to drop and otherwise copies the input
//! unchanged. Also dropped: comments, the code of `<script>`s (JSON-LD
//! is kept), `<style>` sheets and inline `<svg>` drawings, which are often
//! most of a news page's bytes and cost the tokenizer time for nothing.

use std::borrow::Cow;

/// The largest input parsed, in bytes; the rest of a bigger page is cut.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// The deepest element nesting kept.
pub const MAX_DEPTH: usize = 400;

/// Cuts `html` to [`MAX_BYTES`] (at a character boundary), drops tags
/// nested deeper than [`MAX_DEPTH`], comments, script code, style sheets
/// and SVG drawings. Borrows when nothing needs changing.
pub fn limit(html: &str) -> Cow<'_, str> {
    let html = if html.len() > MAX_BYTES {
        let mut cut = MAX_BYTES;
        while !html.is_char_boundary(cut) {
            cut -= 1;
        }
        &html[..cut]
    } else {
        html
    };
    let drops = deep_tags(html.as_bytes());
    if drops.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for (start, end) in drops {
        out.push_str(html.get(at..start).unwrap_or(""));
        at = end;
    }
    out.push_str(html.get(at..).unwrap_or(""));
    Cow::Owned(out)
}

/// Elements the parser closes implicitly or that hold no children: they are
/// not counted, so sloppy but ordinary pages never look deep.
fn uncounted(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"option"
            | b"optgroup"
            | b"tr"
            | b"td"
            | b"th"
            | b"thead"
            | b"tbody"
            | b"tfoot"
            | b"colgroup"
            | b"rb"
            | b"rt"
            | b"rp"
            | b"rtc"
            | b"caption"
            | b"html"
            | b"head"
            | b"body"
    )
}

/// Elements whose content is text up to their end tag.
fn raw_text(name: &[u8]) -> bool {
    matches!(
        name,
        b"script"
            | b"style"
            | b"textarea"
            | b"title"
            | b"xmp"
            | b"iframe"
            | b"noembed"
            | b"noframes"
            | b"noscript"
            | b"plaintext"
    )
}

/// The first `-->` at or after `from`.
fn comment_end(b: &[u8], from: usize) -> Option<usize> {
    let rest = b.get(from..)?;
    memchr::memmem::find(rest, b"-->").map(|p| p + from)
}

/// The first `</name` (any case) at or after `from`.
fn raw_text_end(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let rest = b.get(from..)?;
    memchr::memmem::find_iter(rest, b"</")
        .map(|p| p + from)
        .find(|&p| {
            b.get(p + 2..p + 2 + name.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
}

/// Whether a `<script ...>` tag is JSON-LD (kept: metadata reads it).
fn is_json_ld(tag: &[u8]) -> bool {
    tag.windows(7).any(|w| w.eq_ignore_ascii_case(b"ld+json"))
}

/// Longest tag name compared against the known lists (longer names are
/// custom elements: counted, never raw text).
const NAME_BUF: usize = 12;

/// Byte ranges of the tags to drop, in order.
fn deep_tags(b: &[u8]) -> Vec<(usize, usize)> {
    let mut drops = Vec::new();
    let mut depth = 0usize;
    let mut i = 0usize;
    let mut buf = [0u8; NAME_BUF];
    while let Some(off) = b.get(i..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let lt = i + off;
        i = lt + 1;
        if b.get(lt + 1..lt + 4) == Some(b"!--") {
            i = comment_end(b, lt + 4).map_or(b.len(), |e| e + 3);
            drops.push((lt, i));
            continue;
        }
        let closing = b.get(lt + 1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        if !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_len = b
            .get(name_start..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
        let short = name_len <= NAME_BUF;
        let name: &[u8] = if short {
            for (d, s) in buf.iter_mut().zip(&b[name_start..name_start + name_len]) {
                *d = s.to_ascii_lowercase();
            }
            &buf[..name_len]
        } else {
            b"-"
        };
        let end = tag_end(b, name_start + name_len);
        i = end;
        if closing {
            if uncounted(name) {
                continue;
            }
            if depth > MAX_DEPTH {
                drops.push((lt, end));
            }
            depth = depth.saturating_sub(1);
            continue;
        }
        if raw_text(name) {
            i = raw_text_end(b, end, name).unwrap_or(b.len());
            let keep = match name {
                b"script" => is_json_ld(&b[lt..end]),
                b"style" => false,
                _ => true,
            };
            if !keep && i > end {
                drops.push((end, i));
            }
            continue;
        }
        if name == b"svg" {
            // Icons: path data the extractor never reads.
            if let Some(close) = raw_text_end(b, end, b"svg") {
                let close_end = tag_end(b, close + 5);
                drops.push((lt, close_end));
                i = close_end;
                continue;
            }
        }
        let self_closing = end >= 2 && b.get(end - 2) == Some(&b'/');
        if uncounted(name) || self_closing {
            continue;
        }
        depth += 1;
        if depth > MAX_DEPTH {
            drops.push((lt, end));
        }
    }
    drops
}

/// The index just past the `>` that ends a tag whose name ends at `from`,
/// skipping quoted attribute values.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut j = from;
    while let Some(off) = b
        .get(j..)
        .and_then(|r| memchr::memchr3(b'>', b'"', b'\'', r))
    {
        let at = j + off;
        let c = b[at];
        if c == b'>' {
            return at + 1;
        }
        // A quote opens a value only right after `=` (spaces allowed).
        let after_eq = b[from..at]
            .iter()
            .rev()
            .find(|x| !x.is_ascii_whitespace())
            .is_some_and(|&x| x == b'=');
        j = if after_eq {
            match b.get(at + 1..).and_then(|r| memchr::memchr(c, r)) {
                Some(close) => at + 1 + close + 1,
                None => return b.len(),
            }
        } else {
            at + 1
        };
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_borrowed() {
        let page = "<html><body><div class='a>b'><p>x<p>y</div></body></html>";
        assert!(matches!(limit(page), Cow::Borrowed(_)));
    }

    #[test]
    fn code_and_comments_are_dropped() {
        let page = "<p>a<!-- <div> --></p><script>var x='<div>';</script>\
            <script type=\"application/ld+json\">{}</script><style>p{}</style><svg><path/></svg>b";
        assert_eq!(
            limit(page),
            "<p>a</p><script></script><script type=\"application/ld+json\">{}</script><style></style>b"
        );
    }

    #[test]
    fn deep_nesting_is_cut() {
        let n = MAX_DEPTH + 50;
        let page = format!("{}text{}", "<div>".repeat(n), "</div>".repeat(n));
        let out = limit(&page);
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH);
        assert!(out.contains("text"));
    }

    #[test]
    fn scripts_are_not_counted() {
        let inner = "<div>".repeat(MAX_DEPTH + 10);
        let page = format!("<script>{inner}</script><div>x</div>");
        assert_eq!(limit(&page), "<script></script><div>x</div>");
    }
}
