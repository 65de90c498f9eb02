//! One test per input format: what comes out, with which source, kind,
//! raw bytes and id.

mod common;

use common::*;
use crosscheck_ingest::{
    expand_inputs, ingest_bytes, ingest_input, IngestError, IngestOptions, Input, Severity,
};
use crosscheck_types::{Container, ContentKind, Document};

fn opts() -> IngestOptions {
    IngestOptions::default()
}

fn assert_id(doc: &Document) {
    assert_eq!(
        doc.id.as_str(),
        sha256_hex(&doc.raw),
        "id of {}",
        doc.source
    );
}

#[test]
fn html_file_is_one_document_with_the_files_bytes() {
    let (path, label) = data_file("article.html");
    let out = ingest_input(&Input::Path(path), &opts());
    assert_no_problems(&out);
    assert_eq!(out.documents.len(), 1);
    let doc = &out.documents[0];
    assert_eq!(doc.source, label);
    assert_eq!(doc.container, Container::Single);
    assert_eq!(doc.kind, ContentKind::Html);
    assert_eq!(doc.raw, data("article.html"));
    assert_eq!(doc.id.as_str(), sha256_hex(&data("article.html")));
    assert_eq!(doc.encoding, "UTF-8");
    assert!(doc.text.contains("The café on the east bank"));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn text_file_is_one_text_document_with_newlines_normalised() {
    let (path, label) = data_file("scrape.txt");
    let out = ingest_input(&Input::Path(path), &opts());
    assert_no_problems(&out);
    assert_eq!(out.documents.len(), 1);
    let doc = &out.documents[0];
    assert_eq!(doc.source, label);
    assert_eq!(doc.kind, ContentKind::Text);
    assert_eq!(doc.container, Container::Single);
    // raw keeps the CRLFs byte for byte; text has them normalised.
    assert_eq!(doc.raw, data("scrape.txt"));
    assert!(doc.raw.windows(2).any(|w| w == b"\r\n"));
    assert!(!doc.text.contains('\r'));
    assert!(doc
        .text
        .starts_with("Ferry crews at Port Halvard end two-day stoppage\n\nPORT HALVARD"));
    assert_id(doc);
}

#[test]
fn json_lines_give_one_document_per_record_with_hints() {
    let (path, label) = data_file("reports.jsonl");
    let out = ingest_input(&Input::Path(path), &opts());
    assert_no_problems(&out);
    let bytes = data("reports.jsonl");
    let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    assert_eq!(out.documents.len(), 2, "the blank line is skipped");

    let first = &out.documents[0];
    assert_eq!(first.source, "vl-2031-0412", "a record's id is its source");
    assert_eq!(first.container, Container::JsonLines);
    assert_eq!(first.kind, ContentKind::Text);
    assert_eq!(first.raw, lines[0]);
    assert_eq!(first.id.as_str(), sha256_hex(lines[0]));
    assert!(first.text.starts_with("Growers in Upper Tarn said"));
    let hints = &first.hints;
    assert_eq!(hints.id.as_deref(), Some("vl-2031-0412"));
    assert_eq!(
        hints.url.as_deref(),
        Some("https://valley-ledger.example/2031/04/12/orchard-frost")
    );
    assert_eq!(hints.outlet.as_deref(), Some("The Valley Ledger"));
    assert_eq!(hints.published.as_deref(), Some("2031-04-12"));
    assert_eq!(
        hints.title.as_deref(),
        Some("Late frost hits Upper Tarn orchards")
    );
    assert_eq!(hints.author.as_deref(), Some("Ilse Marchetti"));

    let third = &out.documents[1];
    assert_eq!(third.source, format!("{label}#3"), "no id: label#line");
    assert_eq!(third.kind, ContentKind::Html);
    assert_eq!(third.raw, lines[2]);
    assert_id(third);
    assert_eq!(third.hints.outlet.as_deref(), Some("Northern Post"));
}

#[test]
fn rss_items_are_documents_and_a_link_only_item_is_a_warning() {
    let (path, label) = data_file("feed-rss.xml");
    let out = ingest_input(&Input::Path(path), &opts());
    let bytes = data("feed-rss.xml");
    assert_eq!(out.documents.len(), 2);

    let first = &out.documents[0];
    assert_eq!(first.source, format!("{label}#1"));
    assert_eq!(first.container, Container::Rss);
    assert_eq!(first.kind, ContentKind::Html);
    assert_eq!(
        first.text, "<p>The full Skerrin Line timetable was <em>restored</em> on Wednesday.</p>",
        "content:encoded wins over description"
    );
    assert_eq!(
        first.hints.outlet.as_deref(),
        Some("Northern Post & Gazette")
    );
    assert_eq!(
        first.hints.url.as_deref(),
        Some("https://northern-post.example/ferry-timetable")
    );
    assert_eq!(
        first.hints.published.as_deref(),
        Some("Wed, 04 Apr 2031 09:30:00 +0000")
    );
    assert_eq!(first.hints.author.as_deref(), Some("Tomas Ilvane"));
    assert_eq!(
        first.hints.title.as_deref(),
        Some("Skerrin ferry timetable restored")
    );
    assert!(first.raw.starts_with(b"<item>") && first.raw.ends_with(b"</item>"));
    assert!(
        bytes.windows(first.raw.len()).any(|w| w == first.raw),
        "raw is a slice of the file"
    );
    assert_id(first);

    let second = &out.documents[1];
    assert_eq!(second.source, format!("{label}#2"));
    assert_eq!(
        second.kind,
        ContentKind::Text,
        "a description without markup"
    );
    assert!(second
        .text
        .starts_with("Port Halvard will raise harbour dues"));
    assert_id(second);

    assert_eq!(out.problems.len(), 1, "{:?}", out.problems);
    let problem = &out.problems[0];
    assert_eq!(problem.source, format!("{label}#3"));
    assert_eq!(problem.severity, Severity::Warning);
    assert_eq!(
        problem.error,
        IngestError::FeedItemWithoutContent {
            item: 3,
            link: Some("https://northern-post.example/regatta-gallery".into())
        }
    );
    assert!(problem.reason().contains("fetch the page and ingest it"));
}

#[test]
fn atom_entries_are_documents() {
    let (path, label) = data_file("feed-atom.xml");
    let out = ingest_input(&Input::Path(path), &opts());
    assert_no_problems(&out);
    assert_eq!(out.documents.len(), 2);

    let first = &out.documents[0];
    assert_eq!(first.source, format!("{label}#1"));
    assert_eq!(first.container, Container::Atom);
    assert_eq!(first.kind, ContentKind::Html);
    assert!(first.text.contains("<strong>relief funds</strong>"));
    assert_eq!(first.hints.outlet.as_deref(), Some("The Valley Ledger"));
    assert_eq!(
        first.hints.url.as_deref(),
        Some("https://valley-ledger.example/2031/04/14/frost-relief")
    );
    assert_eq!(
        first.hints.published.as_deref(),
        Some("2031-04-14T08:15:00Z"),
        "published wins over updated"
    );
    assert_eq!(first.hints.author.as_deref(), Some("Ilse Marchetti"));
    assert!(first.raw.starts_with(b"<entry>") && first.raw.ends_with(b"</entry>"));
    assert_id(first);

    let second = &out.documents[1];
    assert_eq!(second.kind, ContentKind::Text);
    assert_eq!(
        second.hints.url.as_deref(),
        Some("https://valley-ledger.example/2031/04/14/river-level")
    );
    assert_eq!(
        second.hints.published.as_deref(),
        Some("2031-04-14T09:30:00Z")
    );
    assert_id(second);
}

/// The two HTML responses of `crawl.warc`: record 3 (chunked, UTF-8) and
/// record 6 (gzip, ISO-8859-1); warcinfo, request, metadata, a PNG response
/// and a 301 are skipped.
fn check_crawl(docs: &[Document], label: &str) {
    assert_eq!(docs.len(), 2, "{docs:#?}");
    let gates = &docs[0];
    assert_eq!(gates.source, format!("{label}#3"));
    assert_eq!(gates.container, Container::Warc);
    assert_eq!(gates.kind, ContentKind::Html);
    assert_eq!(
        gates.hints.url.as_deref(),
        Some("https://valley-ledger.example/2031/04/15/sallow-flood-gates")
    );
    assert_eq!(gates.hints.fetched.as_deref(), Some("2031-04-15T06:00:02Z"));
    assert!(
        gates.raw.starts_with(b"HTTP/1.1 200 OK\r\n"),
        "raw is the block"
    );
    assert!(
        gates.text.starts_with("<!DOCTYPE html>"),
        "chunked undone: {:?}",
        gates.text
    );
    assert!(gates.text.contains("all six Sallow flood gates"));
    assert_eq!(gates.encoding, "UTF-8");
    assert_id(gates);

    let cafe = &docs[1];
    assert_eq!(cafe.source, format!("{label}#6"));
    assert_eq!(cafe.encoding, "windows-1252");
    assert!(cafe.text.contains("The riverside café in Brennmoor"));
    assert!(cafe.text.contains("Léa Varga"));
    assert!(cafe.warnings.is_empty(), "{:?}", cafe.warnings);
    assert_id(cafe);
}

#[test]
fn warc_html_responses_are_documents() {
    let (path, label) = data_file("crawl.warc");
    let out = ingest_input(&Input::Path(path), &opts());
    assert_no_problems(&out);
    check_crawl(&out.documents, &label);
    let bytes = data("crawl.warc");
    for doc in &out.documents {
        assert!(bytes.windows(doc.raw.len()).any(|w| w == doc.raw));
    }
}

#[test]
fn warc_gz_with_one_member_per_record_works() {
    let bytes = data("crawl.warc");
    // One gzip member per record, as WARC.gz writers do.
    let mut gz = Vec::new();
    let mut start = 0;
    let marker = b"\r\n\r\nWARC/1.1\r\n";
    while let Some(at) = bytes[start + 1..]
        .windows(marker.len())
        .position(|w| w == marker)
    {
        let end = start + 1 + at + 4;
        gz.extend(gzip(&bytes[start..end]));
        start = end;
    }
    gz.extend(gzip(&bytes[start..]));
    assert!(
        gz.len() > gzip(&bytes).len(),
        "several members were written"
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("crawl-without-extension");
    std::fs::write(&path, &gz).expect("write");
    let out = ingest_input(&Input::Path(path.clone()), &opts());
    assert_no_problems(&out);
    check_crawl(&out.documents, &path.to_string_lossy());
    let plain = ingest_bytes("plain", &bytes, &opts());
    let ids = |docs: &[Document]| docs.iter().map(|d| d.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&out.documents), ids(&plain.documents));
}

#[test]
fn gzip_of_html_keeps_the_gzip_bytes_as_raw() {
    let html = data("article.html");
    let gz = gzip(&html);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("page.dat");
    std::fs::write(&path, &gz).expect("write");
    let out = ingest_input(&Input::Path(path.clone()), &opts());
    assert_no_problems(&out);
    assert_eq!(out.documents.len(), 1);
    let doc = &out.documents[0];
    assert_eq!(doc.source, path.to_string_lossy());
    assert_eq!(doc.kind, ContentKind::Html);
    assert_eq!(doc.raw, gz, "the user gets the original bytes back");
    assert_eq!(doc.id.as_str(), sha256_hex(&gz));
    assert_eq!(doc.text, String::from_utf8(html).expect("utf-8"));
}

#[test]
fn gzip_of_json_lines_splits_the_inner_lines() {
    let jsonl = data("reports.jsonl");
    let out = ingest_bytes("reports.gz", &gzip(&jsonl), &opts());
    assert_no_problems(&out);
    let plain = ingest_bytes("reports.gz", &jsonl, &opts());
    assert_eq!(out.documents, plain.documents);
    assert_eq!(out.documents.len(), 2);
    assert_eq!(out.documents[1].source, "reports.gz#3");
    let first_line = jsonl.split(|b| *b == b'\n').next().unwrap_or_default();
    assert_eq!(out.documents[0].raw, first_line);
    assert_id(&out.documents[0]);
}

#[test]
fn stdin_bytes_are_labelled_dash() {
    let bytes =
        b"Council approves new bus shelter on Mill Lane\n\nThe shelter will be built in June.\n";
    let out = ingest_bytes("-", bytes, &opts());
    assert_no_problems(&out);
    assert_eq!(out.documents.len(), 1);
    assert_eq!(out.documents[0].source, "-");
    assert_eq!(out.documents[0].kind, ContentKind::Text);
    assert_eq!(out.documents[0].raw, bytes);
    assert_eq!(out.documents[0].id.as_str(), sha256_hex(bytes));
    assert_eq!(Input::Stdin.label(), "-");
}

#[test]
fn same_bytes_give_the_same_id_and_other_bytes_another() {
    let bytes = data("article.html");
    let a = ingest_bytes("a.html", &bytes, &opts());
    let b = ingest_bytes("copy/b.html", &bytes, &opts());
    assert_eq!(a.documents[0].id, b.documents[0].id);
    assert_eq!(a.documents[0].id, crosscheck_ingest::document_id(&bytes));
    let mut changed = bytes.clone();
    if let Some(last) = changed.last_mut() {
        *last = b' ';
    }
    let c = ingest_bytes("a.html", &changed, &opts());
    assert_ne!(a.documents[0].id, c.documents[0].id);
}

#[test]
fn expand_inputs_walks_directories_sorted_and_skips_dotfiles() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::create_dir_all(root.join("b/inner")).expect("mkdir");
    std::fs::create_dir_all(root.join(".git")).expect("mkdir");
    for file in [
        "z.txt",
        "a.html",
        "b/inner/c.jsonl",
        "b/2.xml",
        ".hidden",
        ".git/config",
    ] {
        std::fs::write(root.join(file), "x").expect("write");
    }
    #[cfg(unix)]
    std::os::unix::fs::symlink(root.join("a.html"), root.join("link.html")).expect("symlink");

    let missing = root.join("missing.html").to_string_lossy().into_owned();
    let args = vec![
        root.to_string_lossy().into_owned(),
        "-".to_owned(),
        missing.clone(),
        root.join("z.txt").to_string_lossy().into_owned(),
    ];
    let (inputs, problems) = expand_inputs(&args);
    let expected: Vec<Input> = ["a.html", "b/2.xml", "b/inner/c.jsonl", "z.txt"]
        .iter()
        .map(|f| Input::Path(root.join(f)))
        .chain([Input::Stdin, Input::Path(root.join("z.txt"))])
        .collect();
    assert_eq!(inputs, expected);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].source, missing);
    assert!(matches!(problems[0].error, IngestError::NotFound { .. }));
    assert_eq!(problems[0].severity, Severity::Error);
}

#[test]
fn utf16_feed_with_bom_keeps_exact_item_bytes() {
    let feed = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<rss version=\"2.0\"><channel><title>Tarn Zeitung</title>\r\n<item><title>Brücke</title><description>Die Brücke über die Sallow ist offen.</description></item>\r\n</channel></rss>";
    let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    let bytes = [vec![0xff, 0xfe], utf16(feed)].concat();
    let out = ingest_bytes("zeitung.xml", &bytes, &opts());
    assert_no_problems(&out);
    assert_eq!(out.documents.len(), 1);
    let doc = &out.documents[0];
    assert_eq!(doc.encoding, "UTF-16LE");
    assert_eq!(doc.text, "Die Brücke über die Sallow ist offen.");
    assert_eq!(doc.hints.outlet.as_deref(), Some("Tarn Zeitung"));
    let item = utf16("<item><title>Brücke</title><description>Die Brücke über die Sallow ist offen.</description></item>");
    assert_eq!(doc.raw, item);
    assert_id(doc);
}
