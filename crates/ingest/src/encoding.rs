//! Character encodings: what the bytes declare, what they are, and decoding
//! them to UTF-8 with `encoding_rs` (detection with `chardetng` when the
//! declaration is missing or wrong).

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use crate::sniff::{find, find_ci};

/// How much of the input chardetng looks at.
const DETECT_BYTES: usize = 1 << 20;

/// A charset an input declared, and where it declared it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Declaration {
    /// Where it was declared ("meta charset", "HTTP Content-Type", "XML declaration").
    pub origin: &'static str,
    /// The label as written.
    pub label: String,
}

impl Declaration {
    pub(crate) fn new(origin: &'static str, label: String) -> Self {
        Self { origin, label }
    }
}

/// Bytes decoded to UTF-8.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// The text, exactly as decoded (no newline normalisation).
    pub text: String,
    /// The encoding used.
    pub encoding: &'static Encoding,
    /// Length of the byte order mark that was stripped.
    pub bom_len: usize,
    /// Whether the text decoded without any malformed sequence.
    pub clean: bool,
    /// What went wrong with the declaration, for `Document::warnings`.
    pub warnings: Vec<String>,
}

/// Decodes `bytes`: the BOM first, then the declarations in order (the first
/// that decodes cleanly wins), then UTF-8 if nothing is declared, else
/// chardetng's guess, with a warning naming what was declared and what was used.
pub(crate) fn decode(bytes: &[u8], declarations: &[Declaration]) -> Decoded {
    let mut warnings = Vec::new();
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        let (text, had_errors) = encoding.decode_without_bom_handling(rest);
        if had_errors {
            warnings.push(format!(
                "byte order mark says {} but the bytes have malformed sequences; they were replaced with U+FFFD",
                encoding.name()
            ));
        }
        return Decoded {
            text: text.into_owned(),
            encoding,
            bom_len,
            clean: !had_errors,
            warnings,
        };
    }
    let mut failed: Vec<String> = Vec::new();
    for declaration in declarations {
        let Some(encoding) = Encoding::for_label(declaration.label.trim().as_bytes()) else {
            warnings.push(format!(
                "declared charset \"{}\" ({}) is not a known encoding; ignored",
                declaration.label, declaration.origin
            ));
            continue;
        };
        // A document that declares UTF-16 without a BOM is ASCII-compatible
        // (else the sniffer would have seen NUL bytes): HTML says read UTF-8.
        let encoding = if encoding == UTF_16LE || encoding == UTF_16BE {
            UTF_8
        } else {
            encoding
        };
        // A legacy charset declared on bytes that are UTF-8 with non-ASCII
        // characters (a common server mistake): the bytes win.
        if encoding != UTF_8 && !bytes.is_ascii() {
            if let Ok(text) = std::str::from_utf8(bytes) {
                warnings.push(format!(
                    "declared charset {} ({}) but the bytes are UTF-8; decoded as UTF-8",
                    declaration.label, declaration.origin
                ));
                return Decoded {
                    text: text.to_owned(),
                    encoding: UTF_8,
                    bom_len: 0,
                    clean: true,
                    warnings,
                };
            }
        }
        if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes) {
            if !failed.is_empty() {
                warnings.push(format!(
                    "declared charset {} does not decode these bytes cleanly; decoded as {} ({})",
                    failed.join(", "),
                    encoding.name(),
                    declaration.origin
                ));
            }
            return Decoded {
                text: text.into_owned(),
                encoding,
                bom_len: 0,
                clean: true,
                warnings,
            };
        }
        failed.push(format!("{} ({})", declaration.label, declaration.origin));
    }
    if failed.is_empty() {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return Decoded {
                text: text.to_owned(),
                encoding: UTF_8,
                bom_len: 0,
                clean: true,
                warnings,
            };
        }
    }
    let encoding = detect(bytes);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if failed.is_empty() {
        warnings.push(format!(
            "no charset declared and the bytes are not UTF-8; decoded as {} (detected)",
            encoding.name()
        ));
    } else {
        warnings.push(format!(
            "declared charset {} does not decode these bytes cleanly; decoded as {} (detected)",
            failed.join(", "),
            encoding.name()
        ));
    }
    if had_errors {
        warnings.push(format!(
            "malformed {} sequences were replaced with U+FFFD",
            encoding.name()
        ));
    }
    Decoded {
        text: text.into_owned(),
        encoding,
        bom_len: 0,
        clean: !had_errors,
        warnings,
    }
}

/// chardetng's guess for `bytes` (UTF-8 allowed).
pub(crate) fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    let sample = &bytes[..bytes.len().min(DETECT_BYTES)];
    detector.feed(sample, sample.len() == bytes.len());
    detector.guess(None, true)
}

/// `\r\n` → `\n`.
pub(crate) fn normalize_newlines(text: String) -> String {
    if text.contains("\r\n") {
        text.replace("\r\n", "\n")
    } else {
        text
    }
}

/// The charset of an HTML page's `<meta charset>` or `<meta http-equiv
/// content="…; charset=…">` within its first 1024 bytes.
pub(crate) fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(1024)];
    let mut pos = 0;
    while let Some(found) = head.get(pos..).and_then(|rest| find_ci(rest, b"<meta")) {
        let tag_start = pos + found;
        let tag = head.get(tag_start..)?;
        let tag = &tag[..find(tag, b">").unwrap_or(tag.len())];
        if let Some(value) = charset_param(tag) {
            return Some(value);
        }
        pos = tag_start + 5;
    }
    None
}

/// The value of a `charset=` parameter in `bytes` (an HTML tag, a
/// `Content-Type` value), quotes stripped.
pub(crate) fn charset_param(bytes: &[u8]) -> Option<String> {
    let at = find_ci(bytes, b"charset")?;
    let mut pos = at + 7;
    while bytes.get(pos).is_some_and(u8::is_ascii_whitespace) {
        pos += 1;
    }
    if bytes.get(pos) != Some(&b'=') {
        // "charset" without "=": look further on.
        return bytes.get(pos..).and_then(charset_param);
    }
    pos += 1;
    while bytes
        .get(pos)
        .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
    {
        pos += 1;
    }
    let rest = bytes.get(pos..)?;
    let end = rest
        .iter()
        .position(|b| b.is_ascii_whitespace() || b"\"';>/".contains(b))
        .unwrap_or(rest.len());
    let value = String::from_utf8_lossy(&rest[..end]).into_owned();
    (!value.is_empty()).then_some(value)
}

/// The `encoding="…"` of an XML declaration at the start of `bytes` (after a BOM).
pub(crate) fn xml_declared_encoding(bytes: &[u8]) -> Option<String> {
    let start = crate::sniff::skip_ws(bytes, 0);
    let rest = bytes.get(start..)?;
    if !rest.starts_with(b"<?xml") {
        return None;
    }
    let decl = &rest[..find(rest, b"?>")?];
    let at = find(decl, b"encoding")?;
    let after = decl.get(at + 8..)?;
    let eq = after.iter().position(|b| *b == b'=')?;
    let after = after.get(eq + 1..)?;
    let open = after.iter().position(|b| *b == b'"' || *b == b'\'')?;
    let quote = *after.get(open)?;
    let value = after.get(open + 1..)?;
    let close = value.iter().position(|b| *b == quote)?;
    Some(String::from_utf8_lossy(&value[..close]).into_owned())
}

/// Decodes `bytes` with `encoding` (replacing malformed sequences) and
/// returns, beside the text, a map from text offsets back to byte offsets.
///
/// Used for feeds that are not plain UTF-8, so that an item's raw bytes can
/// be cut from the input byte for byte.
pub(crate) fn decode_mapped(encoding: &'static Encoding, bytes: &[u8]) -> (String, OffsetMap) {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len());
    let mut points = Vec::with_capacity(bytes.len() / 2);
    let mut pending_start = 0;
    for (i, byte) in bytes.iter().enumerate() {
        let before = text.len();
        let last = i + 1 == bytes.len();
        text.reserve(decoder.max_utf8_buffer_length(1).unwrap_or(16));
        let _ = decoder.decode_to_string(std::slice::from_ref(byte), &mut text, last);
        if text.len() > before {
            // A malformed sequence can come out together with the ASCII byte
            // that ended it: give that byte its own point, markup starts there.
            let split = text.len() - 1;
            if split > before && byte.is_ascii() && text.as_bytes().get(split) == Some(byte) {
                points.push((before, pending_start));
                points.push((split, i));
            } else {
                points.push((before, pending_start));
            }
            pending_start = i + 1;
        }
    }
    if bytes.is_empty() {
        text.reserve(16);
        let _ = decoder.decode_to_string(&[], &mut text, true);
    }
    (
        text,
        OffsetMap {
            points,
            input_len: bytes.len(),
        },
    )
}

/// Maps offsets in decoded text back to offsets in the bytes it came from.
#[derive(Debug)]
pub(crate) struct OffsetMap {
    /// (text offset where a run of output starts, byte offset where its input starts).
    points: Vec<(usize, usize)>,
    input_len: usize,
}

impl OffsetMap {
    /// The byte offset of the character at text offset `offset` (the input's
    /// length for the end of the text).
    pub(crate) fn byte_offset(&self, offset: usize) -> usize {
        let idx = self.points.partition_point(|(out, _)| *out <= offset);
        match idx.checked_sub(1).and_then(|i| self.points.get(i)) {
            Some((out, input)) if *out == offset => *input,
            // Inside a run (or past the end): the next run's start, else the end.
            _ => self
                .points
                .get(idx)
                .map_or(self.input_len, |(_, input)| *input),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_and_params() {
        assert_eq!(
            meta_charset(b"<html><head><META charset=\"ISO-8859-2\">").as_deref(),
            Some("ISO-8859-2")
        );
        assert_eq!(
            meta_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
            )
            .as_deref(),
            Some("koi8-r")
        );
        assert_eq!(meta_charset(b"<meta name=x content=y><p>charset=x"), None);
        assert_eq!(
            xml_declared_encoding(b"<?xml version=\"1.0\" encoding='windows-1251'?><rss>")
                .as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            charset_param(b"text/html; Charset=\"utf-8\"").as_deref(),
            Some("utf-8")
        );
    }

    #[test]
    fn wrong_declaration_is_detected_with_a_warning() {
        let bytes = b"Caf\xe9 cr\xe8me au march\xe9 de la ville, \xe9t\xe9 comme hiver.";
        let decoded = decode(bytes, &[Declaration::new("meta charset", "utf-8".into())]);
        assert_eq!(decoded.encoding, encoding_rs::WINDOWS_1252);
        assert!(decoded.text.contains("Café crème"));
        assert_eq!(decoded.warnings.len(), 1, "{:?}", decoded.warnings);
        assert!(decoded.warnings[0].contains("utf-8"));
        assert!(decoded.warnings[0].contains("windows-1252"));
    }

    #[test]
    fn utf8_bytes_under_a_legacy_declaration_are_read_as_utf8() {
        let decoded = decode(
            "Größe".as_bytes(),
            &[Declaration::new("HTTP Content-Type", "iso-8859-1".into())],
        );
        assert_eq!(decoded.encoding, UTF_8);
        assert_eq!(decoded.text, "Größe");
        assert_eq!(decoded.warnings.len(), 1);
        let ascii = decode(
            b"plain",
            &[Declaration::new("meta charset", "koi8-r".into())],
        );
        assert_eq!(ascii.encoding, encoding_rs::KOI8_R);
        assert!(ascii.warnings.is_empty());
    }

    #[test]
    fn offset_map_round_trips() {
        let bytes = b"ab\xe9<i>\xe9</i>";
        let (text, map) = decode_mapped(encoding_rs::WINDOWS_1252, bytes);
        let start = text.find("<i>").unwrap_or(0);
        let end = text.find("</i>").unwrap_or(0) + 4;
        assert_eq!(
            &bytes[map.byte_offset(start)..map.byte_offset(end)],
            b"<i>\xe9</i>"
        );
        let sjis = encoding_rs::SHIFT_JIS.encode("日本<b>語</b>").0;
        let (text, map) = decode_mapped(encoding_rs::SHIFT_JIS, &sjis);
        let start = text.find("<b>").unwrap_or(0);
        assert_eq!(
            &sjis[map.byte_offset(start)..map.byte_offset(text.len())],
            &encoding_rs::SHIFT_JIS.encode("<b>語</b>").0[..]
        );
    }
}
