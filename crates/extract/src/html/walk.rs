//! One pass over the parsed DOM: the element table (tag, parent, hint,
//! pre-order extent), the text blocks, and the raw metadata the page
//! carries (meta tags, JSON-LD, `<title>`, canonical link, `<time>`s).
//!
//! The walk is iterative (no recursion, whatever the depth). It does not
//! decide what is article text: that is [`super::score`].

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::hints::{self, Hint};

/// Index of an element in [`Walked::elems`].
pub type ElemId = u32;

/// No parent: the element is the root of what was walked.
pub const NO_PARENT: ElemId = u32::MAX;

/// What kind of block a text block is, from its owning element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `<p>`.
    Paragraph,
    /// `<h1>`…`<h6>`, with its level.
    Heading(u8),
    /// `<li>`, `<dt>`, `<dd>`.
    ListItem,
    /// `<blockquote>` text not in a `<p>`.
    Quote,
    /// `<pre>`.
    Pre,
    /// A table row (its cells joined by a space).
    Cell,
    /// `<figcaption>`, `<caption>`.
    Caption,
    /// Text straight in a `<div>` or other container.
    Other,
}

/// An element of the page (skipped elements, such as scripts, are not here).
#[derive(Clone, Debug)]
pub struct Elem {
    /// The parent element, or [`NO_PARENT`].
    pub parent: ElemId,
    /// The last element of this element's subtree (pre-order): element `i`
    /// is inside `e` when `e <= i <= end`.
    pub end: ElemId,
    /// What the markup says about it.
    pub hint: Hint,
    /// Whether it is a `<figure>`.
    pub figure: bool,
}

/// A run of text between block boundaries.
#[derive(Clone, Debug)]
pub struct Block {
    /// The text, whitespace collapsed.
    pub text: String,
    /// Characters of text.
    pub chars: u32,
    /// Characters of text inside links.
    pub link_chars: u32,
    /// Characters of text inside `<time>` elements.
    pub time_chars: u32,
    /// The innermost block-level element holding the text.
    pub owner: ElemId,
    /// The kind of the owner.
    pub kind: Kind,
}

/// A `<meta>`-like key and value (`name`/`property`/`itemprop` → `content`).
#[derive(Clone, Debug)]
pub struct MetaTag {
    /// The key, lowercased.
    pub key: String,
    /// The value.
    pub value: String,
}

/// Metadata read from the markup, unparsed.
#[derive(Clone, Debug, Default)]
pub struct RawMeta {
    /// Meta tags and `itemprop` values, in page order.
    pub metas: Vec<MetaTag>,
    /// The `<title>` text.
    pub title_tag: Option<String>,
    /// `<link rel=canonical href>`.
    pub canonical: Option<String>,
    /// The texts of `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
    /// `<time datetime>` values, with the element they were on.
    pub times: Vec<(ElemId, String)>,
}

/// The walked page.
#[derive(Clone, Debug, Default)]
pub struct Walked {
    /// Elements in document (pre-)order.
    pub elems: Vec<Elem>,
    /// Text blocks in document order.
    pub blocks: Vec<Block>,
    /// Raw metadata.
    pub meta: RawMeta,
}

/// Most JSON-LD texts, meta tags and times kept: a hostile page may repeat them.
const MAX_META: usize = 400;

fn skipped(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "select"
            | "option"
            | "button"
            | "input"
            | "textarea"
            | "link"
            | "meta"
            | "title"
            | "img"
            | "picture"
            | "source"
            | "map"
            | "dialog"
    )
}

fn block_level(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "aside"
            | "header"
            | "footer"
            | "nav"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "thead"
            | "tbody"
            | "tfoot"
            | "figure"
            | "figcaption"
            | "form"
            | "fieldset"
            | "address"
            | "details"
            | "summary"
            | "center"
            | "caption"
            | "body"
            | "html"
            | "hr"
            | "hgroup"
            | "menu"
            | "legend"
    )
}

fn kind_of(tag: &str) -> Kind {
    match tag {
        "p" => Kind::Paragraph,
        "h1" => Kind::Heading(1),
        "h2" => Kind::Heading(2),
        "h3" => Kind::Heading(3),
        "h4" => Kind::Heading(4),
        "h5" => Kind::Heading(5),
        "h6" => Kind::Heading(6),
        "li" | "dt" | "dd" => Kind::ListItem,
        "blockquote" => Kind::Quote,
        "pre" => Kind::Pre,
        "tr" => Kind::Cell,
        "figcaption" | "caption" => Kind::Caption,
        _ => Kind::Other,
    }
}

/// Whether a table cell lays out a page (holds blocks or long text) rather
/// than a datum: layout cells are blocks of their own, data cells are
/// joined into their row. Looks at the first few descendants only.
fn layout_cell(node: ego_tree::NodeRef<'_, Node>) -> bool {
    node.descendants()
        .skip(1)
        .take(64)
        .any(|d| match d.value() {
            Node::Element(e) => block_level(e.name()) || e.name() == "br",
            Node::Text(t) => t.len() > 150,
            _ => false,
        })
}

/// The attributes the extractor reads, gathered in one pass.
#[derive(Default)]
struct Attrs<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    itemprop: Option<&'a str>,
    hidden: bool,
    href: bool,
    rel: Option<&'a str>,
    kind: Option<&'a str>,
    name: Option<&'a str>,
    content: Option<&'a str>,
    datetime: Option<&'a str>,
    link_href: Option<&'a str>,
}

fn read_attrs(el: &scraper::node::Element) -> Attrs<'_> {
    let mut a = Attrs::default();
    for (name, value) in el.attrs() {
        match name {
            "class" => a.class = Some(value),
            "id" => a.id = Some(value),
            "role" => a.role = Some(value),
            "itemprop" => a.itemprop = Some(value),
            "hidden" => a.hidden = true,
            "aria-hidden" => a.hidden |= value.trim().eq_ignore_ascii_case("true"),
            "style" => a.hidden |= hidden_style(value),
            "href" => {
                a.href = true;
                a.link_href = Some(value);
            }
            "rel" => a.rel = Some(value),
            "type" => a.kind = Some(value),
            "name" | "property" => a.name = Some(value),
            "content" => a.content = Some(value),
            "datetime" => a.datetime = Some(value),
            _ => {}
        }
    }
    a
}

fn hidden_style(style: &str) -> bool {
    let s: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(300)
        .collect::<String>()
        .to_ascii_lowercase();
    s.contains("display:none") || s.contains("visibility:hidden")
}

/// Text being gathered for the next block.
#[derive(Default)]
struct Pending {
    text: String,
    chars: u32,
    link_chars: u32,
    time_chars: u32,
    space: bool,
}

impl Pending {
    fn push(&mut self, s: &str, in_link: bool, in_time: bool) {
        for c in s.chars() {
            if c.is_whitespace() {
                self.space = true;
                continue;
            }
            if matches!(
                c,
                '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}'
            ) {
                continue;
            }
            if self.space && !self.text.is_empty() {
                self.text.push(' ');
                self.chars += 1;
            }
            self.space = false;
            self.text.push(c);
            self.chars += 1;
            if in_link {
                self.link_chars += 1;
            }
            if in_time {
                self.time_chars += 1;
            }
        }
    }
}

struct Walker {
    out: Walked,
    /// Open elements (indices into `out.elems`).
    open: Vec<ElemId>,
    /// Open block-level elements, with their kind.
    blocks_open: Vec<(ElemId, Kind)>,
    pending: Pending,
    links_open: u32,
    times_open: u32,
}

impl Walker {
    fn flush(&mut self) {
        if self.pending.text.is_empty() {
            self.pending.space = false;
            return;
        }
        let (owner, kind) = self
            .blocks_open
            .last()
            .copied()
            .unwrap_or((NO_PARENT, Kind::Other));
        let p = std::mem::take(&mut self.pending);
        if owner != NO_PARENT {
            self.out.blocks.push(Block {
                text: p.text,
                chars: p.chars,
                link_chars: p.link_chars.min(p.chars),
                time_chars: p.time_chars.min(p.chars),
                owner,
                kind,
            });
        }
    }

    fn meta(&mut self, key: &str, value: &str) {
        if self.out.meta.metas.len() < MAX_META && !value.trim().is_empty() {
            self.out.meta.metas.push(MetaTag {
                key: key.trim().to_ascii_lowercase(),
                value: value.trim().to_owned(),
            });
        }
    }
}

/// Text of an element's text children (for `<title>` and scripts).
fn child_text(node: ego_tree::NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for c in node.children() {
        if let Node::Text(t) = c.value() {
            s.push_str(t);
        }
    }
    s
}

/// Walks the parsed page.
pub fn walk(doc: &Html) -> Walked {
    let mut w = Walker {
        out: Walked::default(),
        open: Vec::new(),
        blocks_open: Vec::new(),
        pending: Pending::default(),
        links_open: 0,
        times_open: 0,
    };
    // While inside a skipped subtree: the id of its root.
    let mut skip: Option<ego_tree::NodeId> = None;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skip.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(t) => {
                        let (in_link, in_time) = (w.links_open > 0, w.times_open > 0);
                        w.pending.push(t, in_link, in_time);
                    }
                    Node::Element(el) => {
                        let tag = el.name();
                        let a = read_attrs(el);
                        collect_meta(&mut w, node, tag, &a);
                        if tag == "br" {
                            w.flush();
                            continue;
                        }
                        if skipped(tag) || a.hidden {
                            skip = Some(node.id());
                            continue;
                        }
                        let hint = if matches!(tag, "html" | "body") {
                            Hint::default()
                        } else {
                            hints::classify(tag, a.class, a.id, a.role, a.itemprop)
                        };
                        let index = w.out.elems.len() as ElemId;
                        let parent = w.open.last().copied().unwrap_or(NO_PARENT);
                        w.out.elems.push(Elem {
                            parent,
                            end: index,
                            hint,
                            figure: tag == "figure",
                        });
                        w.open.push(index);
                        let cell_block = matches!(tag, "td" | "th") && layout_cell(node);
                        if block_level(tag) || cell_block || hint.boiler.is_some() {
                            w.flush();
                            let kind = if block_level(tag) || cell_block {
                                kind_of(tag)
                            } else {
                                Kind::Other
                            };
                            w.blocks_open.push((index, kind));
                        }
                        if tag == "a" && a.href {
                            w.links_open += 1;
                        }
                        if tag == "time" {
                            w.times_open += 1;
                        }
                        if matches!(tag, "td" | "th") {
                            // Cells of a row: one block, cells apart.
                            w.pending.space = true;
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = skip {
                    if id == node.id() {
                        skip = None;
                    }
                    continue;
                }
                let Node::Element(el) = node.value() else {
                    continue;
                };
                let tag = el.name();
                if tag == "br" {
                    continue;
                }
                let Some(index) = w.open.pop() else {
                    continue;
                };
                let last = w.out.elems.len().saturating_sub(1) as ElemId;
                if let Some(e) = w.out.elems.get_mut(index as usize) {
                    e.end = last;
                }
                if w.blocks_open.last().is_some_and(|(b, _)| *b == index) {
                    w.flush();
                    w.blocks_open.pop();
                }
                if tag == "a" && w.links_open > 0 && el.attrs().any(|(n, _)| n == "href") {
                    w.links_open -= 1;
                }
                if tag == "time" {
                    w.times_open = w.times_open.saturating_sub(1);
                }
                if matches!(tag, "td" | "th") {
                    w.pending.space = true;
                }
            }
        }
    }
    w.flush();
    w.out
}

fn collect_meta(w: &mut Walker, node: ego_tree::NodeRef<'_, Node>, tag: &str, a: &Attrs<'_>) {
    match tag {
        "meta" => {
            if let (Some(k), Some(v)) = (a.name.or(a.itemprop), a.content) {
                w.meta(k, v);
            }
        }
        "title" if w.out.meta.title_tag.is_none() => {
            w.out.meta.title_tag = Some(child_text(node));
        }
        "link" => {
            let canonical = a.rel.is_some_and(|r| {
                r.split_ascii_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
            });
            if canonical && w.out.meta.canonical.is_none() {
                w.out.meta.canonical = a.link_href.map(|h| h.trim().to_owned());
            }
        }
        "script" => {
            if a.kind
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                && w.out.meta.json_ld.len() < MAX_META
            {
                w.out.meta.json_ld.push(child_text(node));
            }
        }
        _ => {
            if let Some(prop) = a.itemprop {
                if let Some(v) = a.content.or(a.datetime) {
                    w.meta(prop, v);
                }
            }
            if tag == "time" && w.out.meta.times.len() < MAX_META {
                if let Some(dt) = a.datetime {
                    let at = w.out.elems.len() as ElemId;
                    w.out.meta.times.push((at, dt.to_owned()));
                }
            }
        }
    }
}
