//! Bounds hostile input before it reaches the HTML parser.
//!
//! html5ever keeps a stack of open elements and, for many start tags,
//! searches that stack ("is a `<p>` in button scope?"): a page of millions of
//! nested `<div>`s costs time quadratic in the depth. This module caps the
//! input's size and drops start and end tags nested deeper than
//! [`MAX_DEPTH`], keeping their text. It is a light tag scanner (comments,
//! raw-text elements and quoted attributes are understood), not a parser: it
//! only decides which tags to drop and otherwise copies the input unchanged.

use std::borrow::Cow;

/// The largest input parsed, in bytes; the rest of a bigger page is cut.
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// The deepest element nesting kept.
pub const MAX_DEPTH: usize = 400;

/// Cuts `html` to [`MAX_BYTES`] (at a character boundary) and drops tags
/// nested deeper than [`MAX_DEPTH`]. Borrows when nothing needs changing.
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

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = hay.get(from..)?;
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
}

/// Byte ranges of the tags to drop, in order.
fn deep_tags(b: &[u8]) -> Vec<(usize, usize)> {
    let mut drops = Vec::new();
    let mut depth = 0usize;
    let mut i = 0usize;
    while let Some(off) = b
        .get(i..)
        .and_then(|rest| rest.iter().position(|&c| c == b'<'))
    {
        let lt = i + off;
        i = lt + 1;
        if b.get(lt + 1..lt + 4) == Some(b"!--") {
            i = find(b, lt + 4, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        let closing = b.get(lt + 1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = b
            .get(name_start..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .count();
        if name_len == 0 || !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name: Vec<u8> = b[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(b, name_start + name_len);
        i = end;
        if closing {
            if uncounted(&name) {
                continue;
            }
            if depth > MAX_DEPTH {
                drops.push((lt, end));
            }
            depth = depth.saturating_sub(1);
            continue;
        }
        if raw_text(&name) {
            let mut close = Vec::with_capacity(name.len() + 2);
            close.extend_from_slice(b"</");
            close.extend_from_slice(&name);
            i = find(b, end, &close).unwrap_or(b.len());
            continue;
        }
        let self_closing = end >= 2 && b.get(end - 2) == Some(&b'/');
        if uncounted(&name) || self_closing {
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
    let mut quote: Option<u8> = None;
    let mut j = from;
    while let Some(&c) = b.get(j) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return j + 1,
            None => {}
        }
        j += 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_borrowed() {
        let page = "<html><body><div class='a>b'><p>x<p>y</div><!-- <div> --></body></html>";
        assert!(matches!(limit(page), Cow::Borrowed(_)));
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
        assert!(matches!(limit(&page), Cow::Borrowed(_)));
    }
}
