//! RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: each item or entry with content
//! is a report. Parsed with quick-xml on the decoded text; each item's raw
//! bytes are cut from the input byte for byte.

use std::borrow::Cow;

use crosscheck_types::{Container, ContentKind, DocumentHints};
use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::Reader;

use crate::encoding::{self, Declaration, Decoded, OffsetMap};
use crate::{document, IngestError, IngestProblem, Ingested};

/// Which kind of feed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FeedKind {
    /// RSS 2.0 (`<rss>`) or RSS 1.0 (`<rdf:RDF>`): `item` elements.
    Rss,
    /// Atom (`<feed>`): `entry` elements.
    Atom,
}

impl FeedKind {
    fn name(self) -> &'static str {
        match self {
            FeedKind::Rss => "RSS",
            FeedKind::Atom => "Atom",
        }
    }
    fn item_tag(self) -> &'static [u8] {
        match self {
            FeedKind::Rss => b"item",
            FeedKind::Atom => b"entry",
        }
    }
    fn title_parent(self) -> &'static [u8] {
        match self {
            FeedKind::Rss => b"channel",
            FeedKind::Atom => b"feed",
        }
    }
}

/// How offsets in the decoded text map back to the input's bytes.
enum Offsets {
    /// UTF-8 input decoded as is: text offset + BOM length.
    Identity(usize),
    /// Any other input: through the map.
    Mapped(usize, OffsetMap),
}

impl Offsets {
    fn byte(&self, text_offset: usize) -> usize {
        match self {
            Offsets::Identity(bom) => bom + text_offset,
            Offsets::Mapped(bom, map) => bom + map.byte_offset(text_offset),
        }
    }
}

/// An element inside an item (or the channel title) whose content is collected.
struct Field {
    name: Vec<u8>,
    depth: usize,
    inner_start: usize,
    text: String,
    has_children: bool,
    in_name: bool,
    name_text: String,
    attrs: Vec<(Vec<u8>, String)>,
}

#[derive(Default)]
struct Item {
    start: usize,
    depth: usize,
    title: Option<String>,
    link: Option<String>,
    other_link: Option<String>,
    guid: Option<String>,
    published: Option<String>,
    updated: Option<String>,
    author: Option<String>,
    encoded: Option<String>,
    content: Option<String>,
    summary: Option<String>,
}

/// A finished item: its byte span in the input and what it said.
struct Parsed {
    raw: (usize, usize),
    item: Item,
}

/// Ingests an RSS or Atom feed.
pub(crate) fn ingest(label: &str, bytes: &[u8], kind: FeedKind, out: &mut Ingested) {
    let declarations: Vec<Declaration> =
        encoding::xml_declared_encoding(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes))
            .map(|label| Declaration::new("XML declaration", label))
            .into_iter()
            .collect();
    let decoded = encoding::decode(bytes, &declarations);
    let bom = decoded.bom_len;
    let (text, offsets) = if decoded.encoding == encoding_rs::UTF_8 && decoded.clean {
        (decoded.text, Offsets::Identity(bom))
    } else {
        let (text, map) =
            encoding::decode_mapped(decoded.encoding, bytes.get(bom..).unwrap_or_default());
        (text, Offsets::Mapped(bom, map))
    };
    let (items, feed_title, error) = parse(&text, kind);
    if let Some((position, message)) = error {
        out.problems.push(IngestProblem::error(
            label,
            IngestError::FeedXml {
                kind: kind.name(),
                position: offsets.byte(position) as u64,
                message,
            },
        ));
    } else if items.is_empty() {
        out.problems.push(IngestProblem::warning(
            label,
            IngestError::FeedEmpty { kind: kind.name() },
        ));
    }
    for (index, parsed) in items.into_iter().enumerate() {
        let number = index + 1;
        let source = format!("{label}#{number}");
        let item = parsed.item;
        let link = item.link.or(item.other_link).or(item
            .guid
            .filter(|g| g.starts_with("http://") || g.starts_with("https://")));
        let Some(content) = item.encoded.or(item.content).or(item.summary) else {
            out.problems.push(IngestProblem::warning(
                source,
                IngestError::FeedItemWithoutContent { item: number, link },
            ));
            continue;
        };
        let (start, end) = parsed.raw;
        let (raw_start, raw_end) = (offsets.byte(start), offsets.byte(end));
        let raw = match bytes.get(raw_start..raw_end) {
            Some(raw) => raw.to_vec(),
            None => text.get(start..end).unwrap_or_default().as_bytes().to_vec(),
        };
        let kind_of_content = if contains_markup(&content) {
            ContentKind::Html
        } else {
            ContentKind::Text
        };
        let hints = DocumentHints {
            id: None,
            url: link,
            title: item.title,
            published: item.published.or(item.updated),
            outlet: feed_title.clone(),
            author: item.author,
            fetched: None,
        };
        let decoded = Decoded {
            text: content,
            encoding: decoded.encoding,
            bom_len: 0,
            clean: decoded.clean,
            warnings: decoded.warnings.clone(),
        };
        let container = match kind {
            FeedKind::Rss => Container::Rss,
            FeedKind::Atom => Container::Atom,
        };
        out.documents.push(document(
            source,
            container,
            kind_of_content,
            raw,
            decoded,
            hints,
        ));
    }
}

type ParseResult = (Vec<Parsed>, Option<String>, Option<(usize, String)>);

/// Walks the feed: the items (with their spans in `text`), the channel/feed
/// title, and the first well-formedness error (text offset, message).
fn parse(text: &str, kind: FeedKind) -> ParseResult {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Vec<u8>> = Vec::new();
    let mut items = Vec::new();
    let mut feed_title: Option<String> = None;
    let mut item: Option<Item> = None;
    let mut field: Option<Field> = None;
    let mut seen_root = false;
    let position = |reader: &Reader<&[u8]>| -> usize {
        usize::try_from(reader.buffer_position()).unwrap_or(text.len())
    };
    loop {
        let before = position(&reader);
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(err) => {
                let at = usize::try_from(reader.error_position()).unwrap_or(before);
                return (items, feed_title, Some((at, err.to_string())));
            }
        };
        match event {
            Event::Start(start) | Event::Empty(start) if stack.is_empty() && seen_root => {
                let _ = start;
                return (
                    items,
                    feed_title,
                    Some((before, "a second element after the root element".into())),
                );
            }
            Event::Start(start) => {
                seen_root = true;
                let local = local_name(&start);
                if let Some(f) = field.as_mut() {
                    f.has_children = true;
                    if local == b"name" && f.name == b"author" {
                        f.in_name = true;
                    }
                } else if let Some(it) = item.as_ref() {
                    if stack.len() == it.depth + 1 {
                        field = Some(new_field(&start, local, stack.len(), position(&reader)));
                    }
                } else if local == kind.item_tag() {
                    item = Some(Item {
                        start: before,
                        depth: stack.len(),
                        ..Item::default()
                    });
                } else if local == b"title"
                    && feed_title.is_none()
                    && stack.last().map(Vec::as_slice) == Some(kind.title_parent())
                {
                    field = Some(new_field(&start, local, stack.len(), position(&reader)));
                }
                stack.push(local_name(&start));
            }
            Event::Empty(empty) => {
                seen_root = true;
                let local = local_name(&empty);
                if let Some(f) = field.as_mut() {
                    f.has_children = true;
                } else if let Some(it) = item.as_mut() {
                    if stack.len() == it.depth + 1 {
                        let f = new_field(&empty, local, stack.len(), before);
                        finish_field(f, String::new(), it);
                    }
                } else if local == kind.item_tag() {
                    items.push(Parsed {
                        raw: (before, position(&reader)),
                        item: Item::default(),
                    });
                }
            }
            Event::Text(t) => {
                if let Some(f) = field.as_mut() {
                    let value = unescape_lenient(&t);
                    if f.in_name {
                        f.name_text.push_str(&value);
                    }
                    f.text.push_str(&value);
                }
            }
            Event::CData(c) => {
                if let Some(f) = field.as_mut() {
                    let value = String::from_utf8_lossy(&c).into_owned();
                    if f.in_name {
                        f.name_text.push_str(&value);
                    }
                    f.text.push_str(&value);
                }
            }
            Event::End(end) => {
                stack.pop();
                let depth = stack.len();
                if field.as_ref().is_some_and(|f| f.depth == depth) {
                    if let Some(f) = field.take() {
                        let inner = if f.has_children {
                            text.get(f.inner_start..before)
                                .unwrap_or_default()
                                .to_owned()
                        } else {
                            f.text.clone()
                        };
                        match item.as_mut() {
                            Some(it) => finish_field(f, inner, it),
                            None => feed_title = non_blank(f.text),
                        }
                    }
                } else if let Some(f) = field.as_mut() {
                    if end.local_name().as_ref().eq_ignore_ascii_case(b"name") {
                        f.in_name = false;
                    }
                }
                if item.as_ref().is_some_and(|it| it.depth == depth) {
                    if let Some(it) = item.take() {
                        items.push(Parsed {
                            raw: (it.start, position(&reader)),
                            item: it,
                        });
                    }
                }
            }
            Event::Eof => {
                if let Some(open) = stack.last() {
                    let message = format!(
                        "the input ends inside <{}>: the feed is cut short",
                        String::from_utf8_lossy(open)
                    );
                    return (items, feed_title, Some((text.len(), message)));
                }
                if !seen_root {
                    return (items, feed_title, Some((0, "no root element".into())));
                }
                return (items, feed_title, None);
            }
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
        }
    }
}

fn local_name(start: &BytesStart<'_>) -> Vec<u8> {
    start.local_name().as_ref().to_ascii_lowercase()
}

fn new_field(start: &BytesStart<'_>, name: Vec<u8>, depth: usize, inner_start: usize) -> Field {
    let attrs = start
        .attributes()
        .flatten()
        .map(|a| {
            let value = a
                .unescape_value()
                .map(Cow::into_owned)
                .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned());
            (a.key.local_name().as_ref().to_ascii_lowercase(), value)
        })
        .collect();
    Field {
        name,
        depth,
        inner_start,
        text: String::new(),
        has_children: false,
        in_name: false,
        name_text: String::new(),
        attrs,
    }
}

/// Stores a finished item field where it belongs.
fn finish_field(f: Field, inner: String, item: &mut Item) {
    let attr = |key: &[u8]| {
        f.attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim().to_owned())
    };
    let value = non_blank(inner);
    let set = |slot: &mut Option<String>, value: Option<String>| {
        if slot.is_none() {
            *slot = value;
        }
    };
    match f.name.as_slice() {
        b"title" => set(&mut item.title, value.map(|v| v.trim().to_owned())),
        b"link" => match attr(b"href").filter(|h| !h.is_empty()) {
            Some(href) => match attr(b"rel").as_deref() {
                None | Some("alternate") => set(&mut item.link, Some(href)),
                Some(_) => set(&mut item.other_link, Some(href)),
            },
            None => set(&mut item.link, value.map(|v| v.trim().to_owned())),
        },
        b"guid" | b"id" => set(&mut item.guid, value.map(|v| v.trim().to_owned())),
        b"pubdate" | b"published" | b"date" | b"issued" => {
            set(&mut item.published, value.map(|v| v.trim().to_owned()))
        }
        b"updated" | b"modified" => set(&mut item.updated, value.map(|v| v.trim().to_owned())),
        b"author" | b"creator" => {
            let name = non_blank(f.name_text.clone()).or(non_blank(f.text.clone()));
            set(&mut item.author, name.map(|v| v.trim().to_owned()));
        }
        b"encoded" => set(&mut item.encoded, value),
        b"content" => set(&mut item.content, value),
        b"description" | b"summary" => set(&mut item.summary, value),
        _ => {}
    }
}

fn non_blank(s: String) -> Option<String> {
    (!s.trim().is_empty()).then_some(s)
}

/// Unescapes XML text; entities quick-xml does not know (a bare `&`, an
/// unknown name) are kept as written instead of failing the item.
fn unescape_lenient(t: &BytesText<'_>) -> String {
    if let Ok(value) = t.unescape() {
        return value.into_owned();
    }
    let raw = String::from_utf8_lossy(t);
    let mut out = String::with_capacity(raw.len());
    let mut rest: &str = &raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let entity_end = tail
            .char_indices()
            .take(40)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i + 1);
        match entity_end
            .and_then(|end| tail.get(..end))
            .and_then(|entity| {
                quick_xml::escape::unescape(entity)
                    .ok()
                    .map(|v| (entity, v))
            }) {
            Some((entity, value)) => {
                out.push_str(&value);
                rest = &tail[entity.len()..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether `s` has HTML markup: a tag, an end tag or a comment.
pub(crate) fn contains_markup(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.windows(2).any(|w| {
        w.first() == Some(&b'<')
            && w.get(1)
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/' || *b == b'!')
    })
}
