//! JSON Lines: one report per line, `text` or `html` plus optional metadata.

use crosscheck_types::{Container, ContentKind, DocumentHints};
use serde_json::{Map, Value};

use crate::encoding::{self, Decoded};
use crate::{document, IngestError, IngestProblem, Ingested};

/// Ingests a JSON Lines input: every non-blank line is a record; a bad line
/// is an error problem `label#N`, and the good lines are kept.
pub(crate) fn ingest(label: &str, bytes: &[u8], out: &mut Ingested) {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Some(object) = whole_object(bytes) {
        // One pretty-printed object over several lines: one record.
        record(label, 1, bytes, object, (encoding_rs::UTF_8, None), out);
        return;
    }
    let mut fallback: Option<&'static encoding_rs::Encoding> = None;
    for (index, line) in bytes.split(|b| *b == b'\n').enumerate() {
        let number = index + 1;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let source = format!("{label}#{number}");
        // JSON is UTF-8; a line that is not gets decoded with the file's
        // detected encoding, and says so.
        let (parsed, read_as) = match std::str::from_utf8(line) {
            Ok(text) => (
                serde_json::from_str::<Value>(text),
                (encoding_rs::UTF_8, None),
            ),
            Err(_) => {
                let encoding = *fallback.get_or_insert_with(|| encoding::detect(bytes));
                let (text, _) = encoding.decode_without_bom_handling(line);
                let warning = format!(
                    "line is not UTF-8 as JSON must be; decoded as {} (detected)",
                    encoding.name()
                );
                (
                    serde_json::from_str::<Value>(&text),
                    (encoding, Some(warning)),
                )
            }
        };
        match parsed {
            Ok(Value::Object(object)) => record(label, number, line, object, read_as, out),
            Ok(other) => out.problems.push(IngestProblem::error(
                source,
                IngestError::JsonNotObject {
                    line: number,
                    found: json_type(&other),
                },
            )),
            Err(err) => out.problems.push(IngestProblem::error(
                source,
                IngestError::JsonSyntax {
                    line: number,
                    column: err.column(),
                    message: serde_message(&err),
                },
            )),
        }
    }
}

/// The input as one JSON object when it spans several lines and parses whole.
fn whole_object(bytes: &[u8]) -> Option<Map<String, Value>> {
    let lines = bytes
        .split(|b| *b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .count();
    if lines < 2 {
        return None;
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(Value::Object(object)) => Some(object),
        _ => None,
    }
}

fn record(
    label: &str,
    number: usize,
    raw: &[u8],
    object: Map<String, Value>,
    (encoding, warning): (&'static encoding_rs::Encoding, Option<String>),
    out: &mut Ingested,
) {
    let fallback_source = format!("{label}#{number}");
    let content = |field: &'static str| -> Result<Option<String>, IngestError> {
        match object.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(IngestError::JsonFieldType {
                line: number,
                field,
                found: json_type(other),
            }),
        }
    };
    let (html, text) = match (content("html"), content("text")) {
        (Ok(html), Ok(text)) => (html, text),
        (Err(err), _) | (_, Err(err)) => {
            out.problems
                .push(IngestProblem::error(fallback_source, err));
            return;
        }
    };
    let mut warnings: Vec<String> = warning.into_iter().collect();
    let (kind, body) = match (html, text) {
        (Some(html), text) => {
            if text.is_some() {
                warnings.push("record has both \"html\" and \"text\"; \"html\" was used".into());
            }
            (ContentKind::Html, html)
        }
        (None, Some(text)) => (ContentKind::Text, text),
        (None, None) => {
            out.problems.push(IngestProblem::error(
                fallback_source,
                IngestError::JsonNoContent { line: number },
            ));
            return;
        }
    };
    let mut hint = |field: &str| -> Option<String> {
        match object.get(field)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Null | Value::String(_) => None,
            other => {
                warnings.push(format!(
                    "field \"{field}\" is {} where a string was expected; ignored",
                    json_type(other)
                ));
                None
            }
        }
    };
    let hints = DocumentHints {
        id: hint("id"),
        url: hint("url"),
        title: hint("title"),
        published: hint("published"),
        outlet: hint("outlet"),
        author: hint("author"),
        fetched: None,
    };
    let source = hints.id.clone().unwrap_or(fallback_source);
    let decoded = Decoded {
        text: body,
        encoding,
        bom_len: 0,
        clean: true,
        warnings,
    };
    out.documents.push(document(
        source,
        Container::JsonLines,
        kind,
        raw.to_vec(),
        decoded,
        hints,
    ));
}

/// serde_json's message without its " at line L column C" tail (the problem
/// carries the position in its own fields).
fn serde_message(err: &serde_json::Error) -> String {
    let message = err.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    }
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
