//! Format sniffing: what an input is, decided from its bytes alone (never its name).

/// How many leading bytes the sniffer looks at.
const PREFIX: usize = 8 * 1024;

/// What the bytes of an input are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// A gzip stream (magic `1f 8b`).
    Gzip,
    /// A WARC file (first line `WARC/1.0` or `WARC/1.1`).
    Warc,
    /// JSON Lines (first non-blank byte `{`).
    JsonLines,
    /// An RSS feed (`<rss` or `<rdf:RDF` root).
    Rss,
    /// An Atom feed (`<feed` root).
    Atom,
    /// An HTML page.
    Html,
    /// Plain text.
    Text,
    /// Binary data; says what it looks like.
    Binary(&'static str),
    /// Nothing but whitespace.
    Empty,
}

/// Magic numbers of binary formats people might feed in by mistake.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "a ZIP archive (empty)"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard stream"),
    (b"\xfd7zXZ\x00", "an XZ stream"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "a bzip2 stream"),
    (b"\x7fELF", "an ELF executable"),
    (b"OggS", "an Ogg media file"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"wOFF", "a WOFF font"),
    (b"wOF2", "a WOFF2 font"),
    (b"ID3", "an MP3 audio file"),
];

/// Decides the format of `bytes`.
pub(crate) fn sniff(bytes: &[u8]) -> Format {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return Format::Gzip;
    }
    if let Some(what) = binary_magic(bytes) {
        return Format::Binary(what);
    }
    let prefix = &bytes[..bytes.len().min(PREFIX)];
    match encoding_rs::Encoding::for_bom(prefix) {
        Some((enc, bom)) if enc != encoding_rs::UTF_8 => {
            // UTF-16: look at the decoded prefix. JSON Lines and WARC are
            // byte formats; in UTF-16 they are read as text.
            let rest = prefix.get(bom..).unwrap_or_default();
            let (text, _) = enc.decode_without_bom_handling(rest);
            if text.trim().is_empty() {
                return Format::Empty;
            }
            match sniff_markup(text.as_bytes()) {
                Format::JsonLines | Format::Warc => Format::Text,
                other => other,
            }
        }
        Some((_, bom)) => sniff_ascii_compatible(prefix.get(bom..).unwrap_or_default(), bytes),
        None => sniff_ascii_compatible(prefix, bytes),
    }
}

fn sniff_ascii_compatible(prefix: &[u8], whole: &[u8]) -> Format {
    if whole.iter().all(u8::is_ascii_whitespace) {
        return Format::Empty;
    }
    // Before the NUL check: WARC records carry binary payloads.
    if prefix.starts_with(b"WARC/1.0") || prefix.starts_with(b"WARC/1.1") {
        return Format::Warc;
    }
    if prefix.contains(&0) {
        return Format::Binary("binary data (it contains NUL bytes)");
    }
    sniff_markup(prefix)
}

fn binary_magic(bytes: &[u8]) -> Option<&'static str> {
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(what);
        }
    }
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") {
        match bytes.get(8..12) {
            Some(b"WEBP") => return Some("a WebP image"),
            Some(b"WAVE") => return Some("a WAV audio file"),
            Some(b"AVI ") => return Some("an AVI video"),
            _ => {}
        }
    }
    if bytes.get(4..8) == Some(b"ftyp") {
        return Some("an MP4/QuickTime media file");
    }
    None
}

/// Sniffs text that is ASCII-compatible: JSON Lines, feeds, HTML, else text.
fn sniff_markup(prefix: &[u8]) -> Format {
    let start = skip_ws(prefix, 0);
    match prefix.get(start) {
        Some(b'{') => return Format::JsonLines,
        Some(b'<') => {
            if let Some(format) = sniff_root(prefix, start) {
                return format;
            }
        }
        _ => {}
    }
    let head = &prefix[..prefix.len().min(1024)];
    const HTML_MARKERS: &[&[u8]] = &[b"<!doctype html", b"<html", b"<head", b"<body"];
    if HTML_MARKERS.iter().any(|m| find_ci(head, m).is_some()) {
        return Format::Html;
    }
    Format::Text
}

/// Tags that, at the very start of an input, make it HTML.
const HTML_TAGS: &[&[u8]] = &[
    b"html",
    b"head",
    b"body",
    b"meta",
    b"title",
    b"link",
    b"script",
    b"style",
    b"div",
    b"p",
    b"article",
    b"section",
    b"header",
    b"footer",
    b"nav",
    b"main",
    b"span",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"table",
    b"ul",
    b"ol",
    b"a",
    b"img",
    b"br",
    b"base",
    b"noscript",
    b"figure",
    b"blockquote",
    b"form",
    b"iframe",
];

/// Skips the XML/HTML prolog (declarations, comments, doctype) from `pos` and
/// names the format of the first element, if it decides one.
fn sniff_root(prefix: &[u8], mut pos: usize) -> Option<Format> {
    loop {
        pos = skip_ws(prefix, pos);
        let rest = prefix.get(pos..)?;
        if rest.starts_with(b"<?") {
            pos += find(rest, b"?>")? + 2;
        } else if rest.starts_with(b"<!--") {
            pos += find(rest, b"-->")? + 3;
        } else if starts_with_ci(rest, b"<!doctype") {
            let name_start = skip_ws(rest, 9);
            if starts_with_ci(rest.get(name_start..)?, b"html") {
                return Some(Format::Html);
            }
            pos += skip_doctype(rest)?;
        } else if rest.starts_with(b"<") {
            let name_end = rest
                .iter()
                .skip(1)
                .position(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
                .map_or(rest.len(), |p| p + 1);
            let name = rest.get(1..name_end)?.to_ascii_lowercase();
            return match name.as_slice() {
                b"rss" | b"rdf:rdf" => Some(Format::Rss),
                b"feed" => Some(Format::Atom),
                n if HTML_TAGS.contains(&n) => Some(Format::Html),
                _ => None,
            };
        } else {
            return None;
        }
    }
}

/// Length of a `<!DOCTYPE …>` declaration, internal subset included.
fn skip_doctype(rest: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in rest.iter().enumerate() {
        match b {
            b'[' => depth += 1,
            b']' => depth = depth.saturating_sub(1),
            b'>' if depth == 0 => return Some(i + 1),
            _ => {}
        }
    }
    None
}

pub(crate) fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
    while bytes.get(pos).is_some_and(u8::is_ascii_whitespace) {
        pos += 1;
    }
    pos
}

/// Position of `needle` in `haystack`.
pub(crate) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Position of `needle` (lowercase ASCII) in `haystack`, ignoring ASCII case.
pub(crate) fn find_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

pub(crate) fn starts_with_ci(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_each_format() {
        assert_eq!(sniff(b"\x1f\x8b\x08\x00"), Format::Gzip);
        assert_eq!(sniff(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n"), Format::Warc);
        assert_eq!(sniff(b"\n  {\"text\": \"x\"}\n"), Format::JsonLines);
        assert_eq!(
            sniff(b"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">"),
            Format::Rss
        );
        assert_eq!(
            sniff(b"<?xml version='1.0'?><feed xmlns='x'>"),
            Format::Atom
        );
        assert_eq!(sniff(b"<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(sniff(b"<div class=x>hi</div>"), Format::Html);
        assert_eq!(sniff(b"Title\n\n<html> later"), Format::Html);
        assert_eq!(sniff(b"Just words about a <b> tag."), Format::Text);
        assert_eq!(sniff(b" \n\t "), Format::Empty);
        assert_eq!(sniff(b""), Format::Empty);
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0"),
            Format::Binary("a PNG image")
        );
        assert_eq!(
            sniff(b"RIFF\0\0\0\0WEBPVP8 "),
            Format::Binary("a WebP image")
        );
        assert!(matches!(sniff(b"abc\0def"), Format::Binary(_)));
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("<html><body>x".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(sniff(&utf16), Format::Html);
    }
}
