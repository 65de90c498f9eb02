//! WARC 1.0/1.1: every `response` record holding an HTML page is a report.
//!
//! The record reader is written here on purpose. crates.io has a `warc`
//! crate (0.4.0, checked with `cargo info warc`), but it does not fit: its
//! readers stop at the first broken record with no way to resynchronise,
//! they do not expose record offsets, and they pull in nom 7, libflate and
//! chrono. What ingest needs is small: a total parser over a byte slice
//! that reports a broken record and carries on at the next `WARC/1.` line.
//!
//! Gzip is undone before this module sees the bytes (a WARC.gz is a
//! multi-member gzip stream, one member per record).

use crosscheck_types::{Container, ContentKind, DocumentHints};

use crate::encoding::{self, Declaration};
use crate::http::{self, Response};
use crate::sniff::{self, find, Format};
use crate::{document, gzip, IngestError, IngestOptions, IngestProblem, Ingested};

/// One well-framed record: its header fields and where its block is.
struct Record<'a> {
    headers: Vec<(String, String)>,
    block: &'a [u8],
}

/// A record that cannot be read, and where to look for the next one.
struct Broken {
    error: IngestError,
    resume_from: usize,
}

/// Ingests a WARC file (already decompressed).
pub(crate) fn ingest(label: &str, bytes: &[u8], opts: &IngestOptions, out: &mut Ingested) {
    let mut pos = 0;
    let mut number = 0;
    let mut reports = 0;
    let mut broken = 0;
    loop {
        pos = skip_blank_lines(bytes, pos);
        if pos >= bytes.len() {
            break;
        }
        number += 1;
        let source = format!("{label}#{number}");
        match read_record(bytes, pos, number) {
            Ok((record, next)) => {
                pos = next;
                match response_document(&source, number, &record, opts) {
                    Ok(Some(doc)) => {
                        reports += 1;
                        out.documents.push(doc);
                    }
                    Ok(None) => {}
                    Err(error) => {
                        broken += 1;
                        out.problems.push(IngestProblem::error(source, error));
                    }
                }
            }
            Err(Broken { error, resume_from }) => {
                broken += 1;
                out.problems.push(IngestProblem::error(source, error));
                match resync(bytes, resume_from) {
                    Some(next) => pos = next,
                    None => break,
                }
            }
        }
    }
    if reports == 0 && broken == 0 {
        out.problems.push(IngestProblem::warning(
            label,
            IngestError::WarcNoHtml { records: number },
        ));
    }
}

fn skip_blank_lines(bytes: &[u8], mut pos: usize) -> usize {
    while matches!(bytes.get(pos), Some(b'\r' | b'\n')) {
        pos += 1;
    }
    pos
}

/// The next line at or after `from` that starts with `WARC/1.`.
fn resync(bytes: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        let found = at + find(bytes.get(at..)?, b"WARC/1.")?;
        if found == 0 || bytes.get(found - 1) == Some(&b'\n') {
            return Some(found);
        }
        at = found + 1;
    }
}

/// Reads the record at `start`: the record and where the next one may begin.
fn read_record(bytes: &[u8], start: usize, number: usize) -> Result<(Record<'_>, usize), Broken> {
    let offset = start as u64;
    let bad_header = |detail: String, resume_from: usize| Broken {
        error: IngestError::WarcHeader {
            record: number,
            offset,
            detail,
        },
        resume_from,
    };
    let (version, mut pos) = line_at(bytes, start);
    if !version.starts_with(b"WARC/") {
        let shown: String = String::from_utf8_lossy(version).chars().take(40).collect();
        return Err(bad_header(
            format!("expected a WARC/1.x version line, found {shown:?}"),
            start + 1,
        ));
    }
    let mut headers: Vec<(String, String)> = Vec::new();
    loop {
        if pos >= bytes.len() {
            return Err(bad_header(
                "the input ends inside the record header".into(),
                start + 1,
            ));
        }
        let (line, next) = line_at(bytes, pos);
        pos = next;
        if line.is_empty() {
            break;
        }
        let line = String::from_utf8_lossy(line);
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
                continue;
            }
        }
        match line.split_once(':') {
            Some((name, value)) if !name.trim().is_empty() => {
                headers.push((name.trim().to_owned(), value.trim().to_owned()));
            }
            _ => {
                let shown: String = line.chars().take(60).collect();
                return Err(bad_header(
                    format!("header line {shown:?} is not \"Name: value\""),
                    start + 1,
                ));
            }
        }
    }
    let length_text = http::header(&headers, "Content-Length")
        .ok_or_else(|| bad_header("no Content-Length".into(), pos))?;
    let declared: u64 = length_text
        .parse()
        .map_err(|_| bad_header(format!("bad Content-Length {length_text:?}"), pos))?;
    let block_end = usize::try_from(declared)
        .ok()
        .and_then(|len| pos.checked_add(len))
        .filter(|end| *end <= bytes.len())
        .ok_or(Broken {
            error: IngestError::WarcTruncated {
                record: number,
                offset,
                declared,
                available: (bytes.len() - pos.min(bytes.len())) as u64,
            },
            resume_from: pos,
        })?;
    let block = bytes.get(pos..block_end).unwrap_or_default();
    let after = bytes.get(block_end..).unwrap_or_default();
    let next = if after.starts_with(b"\r\n\r\n") {
        block_end + 4
    } else if after.starts_with(b"\n\n") || after.starts_with(b"\r\n") && after.len() == 2 {
        block_end + 2
    } else if after.is_empty()
        || after.starts_with(b"\r\nWARC/1.")
        || after.starts_with(b"\nWARC/1.")
    {
        // A missing or short trailer, but the next record (or the end) is right there.
        block_end
    } else {
        return Err(Broken {
            error: IngestError::WarcMisframed {
                record: number,
                offset,
                declared,
            },
            resume_from: pos,
        });
    };
    Ok((Record { headers, block }, next))
}

/// The line starting at `pos` (without `\r\n` or `\n`) and where the next begins.
fn line_at(bytes: &[u8], pos: usize) -> (&[u8], usize) {
    let rest = bytes.get(pos..).unwrap_or_default();
    match rest.iter().position(|b| *b == b'\n') {
        Some(nl) => {
            let line = rest.get(..nl).unwrap_or_default();
            (line.strip_suffix(b"\r").unwrap_or(line), pos + nl + 1)
        }
        None => (rest, bytes.len()),
    }
}

/// The report in a record: `Some` for an HTML response, `None` for every
/// other record (skipped silently), an error for a response that cannot be read.
fn response_document(
    source: &str,
    number: usize,
    record: &Record<'_>,
    opts: &IngestOptions,
) -> Result<Option<crosscheck_types::Document>, IngestError> {
    let warc_type = http::header(&record.headers, "WARC-Type").unwrap_or_default();
    if !warc_type.eq_ignore_ascii_case("response") {
        return Ok(None);
    }
    let http_error = |detail: String| IngestError::WarcHttp {
        record: number,
        detail,
    };
    let response = http::parse_response(record.block).map_err(http_error)?;
    if !(200..300).contains(&response.status) {
        return Ok(None);
    }
    let media_type = response
        .header("Content-Type")
        .map(|ct| {
            ct.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    let declared_html = matches!(media_type.as_str(), "text/html" | "application/xhtml+xml");
    let may_sniff = matches!(
        media_type.as_str(),
        "" | "application/octet-stream" | "unknown/unknown" | "text/plain"
    );
    if !declared_html && !may_sniff {
        return Ok(None);
    }
    let mut warnings = Vec::new();
    let body = decode_body(&response, opts, &mut warnings).map_err(http_error)?;
    if !declared_html && sniff::sniff(&body) != Format::Html {
        return Ok(None);
    }
    let mut declarations = Vec::new();
    if let Some(charset) = response
        .header("Content-Type")
        .and_then(|ct| encoding::charset_param(ct.as_bytes()))
    {
        declarations.push(Declaration::new("HTTP Content-Type", charset));
    }
    if let Some(charset) = encoding::meta_charset(&body) {
        declarations.push(Declaration::new("meta charset", charset));
    }
    let mut decoded = encoding::decode(&body, &declarations);
    if let Some(cut) = http::header(&record.headers, "WARC-Truncated") {
        warnings.push(format!(
            "the crawler truncated this response (WARC-Truncated: {cut})"
        ));
    }
    decoded.warnings.extend(warnings);
    let uri = http::header(&record.headers, "WARC-Target-URI").map(|uri| {
        let uri = uri.trim();
        uri.strip_prefix('<')
            .and_then(|u| u.strip_suffix('>'))
            .unwrap_or(uri)
            .to_owned()
    });
    let hints = DocumentHints {
        url: uri.filter(|u| !u.is_empty()),
        fetched: http::header(&record.headers, "WARC-Date").map(str::to_owned),
        ..DocumentHints::default()
    };
    Ok(Some(document(
        source.to_owned(),
        Container::Warc,
        ContentKind::Html,
        record.block.to_vec(),
        decoded,
        hints,
    )))
}

/// The HTTP body with `Transfer-Encoding: chunked` and `Content-Encoding`
/// undone. A body whose header claims a coding it plainly does not have (a
/// crawler that stored it decoded) is taken as is, with a warning.
fn decode_body(
    response: &Response<'_>,
    opts: &IngestOptions,
    warnings: &mut Vec<String>,
) -> Result<Vec<u8>, String> {
    let mut body = response.body.to_vec();
    let transfer = response
        .header("Transfer-Encoding")
        .unwrap_or_default()
        .to_ascii_lowercase();
    if transfer.contains("chunked") {
        if http::looks_chunked(&body) {
            body = http::dechunk(&body)?;
        } else {
            warnings.push(
                "Transfer-Encoding says chunked but the body is not; it was taken as stored".into(),
            );
        }
    }
    let codings = response
        .header("Content-Encoding")
        .unwrap_or_default()
        .to_ascii_lowercase();
    for coding in codings.split(',').map(str::trim).rev() {
        match coding {
            "" | "identity" | "none" => {}
            "gzip" | "x-gzip" => {
                if body.starts_with(&[0x1f, 0x8b]) {
                    body = gzip::gunzip(&body, opts.max_decompressed_bytes)
                        .map_err(|failed| format!("Content-Encoding gzip: {}", failed.error))?;
                } else {
                    warnings.push(
                        "Content-Encoding says gzip but the body is not gzip; it was taken as stored"
                            .into(),
                    );
                }
            }
            "deflate" => {
                body = gzip::inflate(&body, opts.max_decompressed_bytes)
                    .map_err(|failed| format!("Content-Encoding deflate: {}", failed.error))?;
            }
            other => return Err(format!("Content-Encoding {other:?} is not supported")),
        }
    }
    Ok(body)
}
