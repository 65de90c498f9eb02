//! One test per bad input: each is an error record (or a warning) with the
//! right source and reason, and whatever good reports surround it survive.

mod common;

use std::time::Instant;

use common::*;
use crosscheck_ingest::{ingest_bytes, ingest_input, IngestError, IngestOptions, Input, Severity};
use crosscheck_types::ContentKind;

fn opts() -> IngestOptions {
    IngestOptions::default()
}

#[test]
fn truncated_gzip_is_an_error_record() {
    let gz = gzip(&data("article.html"));
    let cut = &gz[..gz.len() / 2];
    let out = ingest_bytes("cut.html.gz", cut, &opts());
    assert!(out.documents.is_empty());
    assert_eq!(out.problems.len(), 1, "{:?}", out.problems);
    assert_eq!(out.problems[0].source, "cut.html.gz");
    assert_eq!(out.problems[0].severity, Severity::Error);
    assert!(
        matches!(out.problems[0].error, IngestError::GzipTruncated { .. }),
        "{:?}",
        out.problems[0].error
    );
}

#[test]
fn truncated_warc_gz_keeps_the_records_before_the_cut() {
    let (first, first_block) = html_response(
        "https://valley-ledger.example/a",
        "<html><body><p>Tram line survey starts in Brennmoor.</p></body></html>",
    );
    let (second, _) = html_response(
        "https://valley-ledger.example/b",
        "<html><body><p>Survey results are due in the autumn.</p></body></html>",
    );
    let mut gz = gzip(&first);
    let second_gz = gzip(&second);
    gz.extend_from_slice(&second_gz[..second_gz.len() - 12]);
    let out = ingest_bytes("cut.warc.gz", &gz, &opts());
    assert_eq!(out.documents.len(), 1);
    assert_eq!(out.documents[0].source, "cut.warc.gz#1");
    assert_eq!(out.documents[0].raw, first_block);
    assert!(matches!(
        out.problems.first().map(|p| &p.error),
        Some(IngestError::GzipTruncated { .. })
    ));
}

#[test]
fn warc_broken_record_between_two_good_ones() {
    let (first, first_block) = html_response(
        "https://valley-ledger.example/2031/05/02/library-hours",
        "<html><body><p>The Brennmoor library will open on Sundays from June.</p></body></html>",
    );
    let (third, third_block) = html_response(
        "https://valley-ledger.example/2031/05/02/library-budget",
        "<html><body><p>The library budget rises by 3 per cent.</p></body></html>",
    );
    // Record 2 claims far more bytes than the file holds.
    let broken = b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>cut</p>\r\n\r\n";
    let warc = [first.as_slice(), broken, third.as_slice()].concat();
    let out = ingest_bytes("crawl.warc", &warc, &opts());

    let sources: Vec<&str> = out.documents.iter().map(|d| d.source.as_str()).collect();
    assert_eq!(sources, ["crawl.warc#1", "crawl.warc#3"]);
    assert_eq!(out.documents[0].raw, first_block);
    assert_eq!(out.documents[1].raw, third_block);
    assert_eq!(out.documents[0].id.as_str(), sha256_hex(&first_block));
    assert_eq!(out.documents[1].id.as_str(), sha256_hex(&third_block));
    assert_eq!(problem_sources(&out.problems), ["crawl.warc#2"]);
    match &out.problems[0].error {
        IngestError::WarcTruncated {
            record, declared, ..
        } => {
            assert_eq!(*record, 2);
            assert_eq!(*declared, 999_999);
        }
        other => panic!("expected WarcTruncated, got {other:?}"),
    }
}

#[test]
fn warc_bad_header_line_and_wrong_length_are_resynchronised() {
    let (first, _) = html_response(
        "https://valley-ledger.example/x",
        "<html><body><p>Snow closes the Tarn pass road.</p></body></html>",
    );
    let (fourth, fourth_block) = html_response(
        "https://valley-ledger.example/y",
        "<html><body><p>The Tarn pass road reopens.</p></body></html>",
    );
    let bad_header =
        b"WARC/1.1\r\nWARC-Type response without colon\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n";
    // Content-Length too short: the block is not followed by CRLF CRLF.
    let short = b"WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 3\r\n\r\nhello world\r\n\r\n";
    let warc = [first.as_slice(), bad_header, short, fourth.as_slice()].concat();
    let out = ingest_bytes("w", &warc, &opts());
    let sources: Vec<&str> = out.documents.iter().map(|d| d.source.as_str()).collect();
    assert_eq!(sources, ["w#1", "w#4"]);
    assert_eq!(out.documents[1].raw, fourth_block);
    assert_eq!(problem_sources(&out.problems), ["w#2", "w#3"]);
    assert!(matches!(
        out.problems[0].error,
        IngestError::WarcHeader { record: 2, .. }
    ));
    assert!(matches!(
        out.problems[1].error,
        IngestError::WarcMisframed {
            record: 3,
            declared: 3,
            ..
        }
    ));
}

#[test]
fn wrong_declared_charset_is_detected_with_a_warning() {
    // windows-1252 bytes in a page that declares UTF-8.
    let mut page =
        b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>March\xe9</title></head><body>"
            .to_vec();
    page.extend_from_slice(
        b"<p>Le march\xe9 couvert de Brennmoor rouvre apr\xe8s l'\xe9t\xe9; le caf\xe9 aussi.</p></body></html>",
    );
    let out = ingest_bytes("page.html", &page, &opts());
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    let doc = &out.documents[0];
    assert_eq!(doc.encoding, "windows-1252");
    assert!(doc
        .text
        .contains("Le marché couvert de Brennmoor rouvre après l'été"));
    assert_eq!(doc.warnings.len(), 1, "{:?}", doc.warnings);
    assert!(doc.warnings[0].contains("utf-8"), "{}", doc.warnings[0]);
    assert!(
        doc.warnings[0].contains("windows-1252"),
        "{}",
        doc.warnings[0]
    );
    assert_eq!(doc.raw, page);
}

#[test]
fn undeclared_non_utf8_text_is_detected_with_a_warning() {
    let text = b"Die Br\xfccke in Brennmoor ist wieder ge\xf6ffnet, sagte der B\xfcrgermeister am Freitag.";
    let out = ingest_bytes("note.txt", text, &opts());
    let doc = &out.documents[0];
    assert_eq!(doc.kind, ContentKind::Text);
    assert!(doc.text.contains("Brücke"));
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.contains("no charset declared")));
}

#[test]
fn empty_and_whitespace_files_are_error_records() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty.html");
    std::fs::write(&empty, b"").expect("write");
    let out = ingest_input(&Input::Path(empty.clone()), &opts());
    assert!(out.documents.is_empty());
    assert_eq!(out.problems.len(), 1);
    assert_eq!(out.problems[0].source, empty.to_string_lossy());
    assert_eq!(out.problems[0].error, IngestError::Empty { bytes: 0 });

    let out = ingest_bytes("-", b" \r\n\t\n", &opts());
    assert_eq!(out.problems[0].error, IngestError::Empty { bytes: 5 });
}

#[test]
fn a_200_mb_file_is_rejected_by_size_without_reading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.html");
    let file = std::fs::File::create(&path).expect("create");
    let size = 200 * 1000 * 1000;
    file.set_len(size).expect("sparse file");
    drop(file);
    let started = Instant::now();
    let out = ingest_input(&Input::Path(path.clone()), &opts());
    assert!(
        started.elapsed().as_secs() < 2,
        "a size check, not a read: {:?}",
        started.elapsed()
    );
    assert!(out.documents.is_empty());
    assert_eq!(out.problems.len(), 1);
    assert_eq!(out.problems[0].source, path.to_string_lossy());
    assert_eq!(
        out.problems[0].error,
        IngestError::TooLarge {
            size: Some(size),
            limit: 64 * 1024 * 1024
        }
    );
    let reason = out.problems[0].reason();
    assert!(
        reason.contains("200000000") && reason.contains("67108864"),
        "{reason}"
    );
}

#[test]
fn a_png_is_a_binary_error_record() {
    let mut png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec();
    png.extend_from_slice(&[0u8; 32]);
    let out = ingest_bytes("photo.html", &png, &opts());
    assert!(out.documents.is_empty());
    assert_eq!(out.problems[0].source, "photo.html");
    assert_eq!(
        out.problems[0].error,
        IngestError::Binary {
            looks_like: "a PNG image"
        }
    );
    assert!(out.problems[0].reason().contains("PNG"));
}

#[test]
fn json_lines_with_bad_lines_keep_the_good_ones() {
    let jsonl = concat!(
        "{\"text\": \"Mill Lane bus shelter is finished.\", \"outlet\": \"Valley Ledger\"}\n",
        "{\"text\": \"unterminated\n",
        "{\"html\": \"<p>Second shelter planned for Quay Street.</p>\"}\n",
        "{\"title\": \"no content here\"}\n",
        "[\"an\", \"array\"]\n",
        "{\"text\": 42}\n",
    );
    let out = ingest_bytes("feed.jsonl", jsonl.as_bytes(), &opts());
    let sources: Vec<&str> = out.documents.iter().map(|d| d.source.as_str()).collect();
    assert_eq!(sources, ["feed.jsonl#1", "feed.jsonl#3"]);
    assert_eq!(
        problem_sources(&out.problems),
        [
            "feed.jsonl#2",
            "feed.jsonl#4",
            "feed.jsonl#5",
            "feed.jsonl#6"
        ]
    );
    assert!(out.problems.iter().all(|p| p.severity == Severity::Error));
    match &out.problems[0].error {
        IngestError::JsonSyntax { line, message, .. } => {
            assert_eq!(*line, 2);
            assert!(message.contains("EOF"), "serde_json's message: {message}");
        }
        other => panic!("expected JsonSyntax, got {other:?}"),
    }
    assert_eq!(
        out.problems[1].error,
        IngestError::JsonNoContent { line: 4 }
    );
    assert_eq!(
        out.problems[2].error,
        IngestError::JsonNotObject {
            line: 5,
            found: "an array"
        }
    );
    assert_eq!(
        out.problems[3].error,
        IngestError::JsonFieldType {
            line: 6,
            field: "text",
            found: "a number"
        }
    );
    let second_line = jsonl.lines().nth(2).unwrap_or_default();
    assert_eq!(
        out.documents[1].id.as_str(),
        sha256_hex(second_line.as_bytes())
    );
}

#[test]
fn a_feed_that_is_not_well_formed_xml_is_an_error_record() {
    let mismatched = b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Quay News</title>\n<item><title>Tide tables</item></channel></rss>";
    let out = ingest_bytes("quay.rss", mismatched, &opts());
    assert!(out.documents.is_empty());
    assert_eq!(problem_sources(&out.problems), ["quay.rss"]);
    match &out.problems[0].error {
        IngestError::FeedXml {
            kind,
            position,
            message,
        } => {
            assert_eq!(*kind, "RSS");
            assert!(*position > 0, "where it broke");
            assert!(
                message.contains("item") || message.contains("title"),
                "{message}"
            );
        }
        other => panic!("expected FeedXml, got {other:?}"),
    }

    let cut = b"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Cut</title><entry><title>Half";
    let out = ingest_bytes("cut.atom", cut, &opts());
    assert!(matches!(
        out.problems[0].error,
        IngestError::FeedXml { kind: "Atom", .. }
    ));
    assert!(out.problems[0].reason().contains("cut short"));

    let garbage = b"<rss version=\"2.0\"> this is <<not>> xml \"at all";
    let out = ingest_bytes("garbage.xml", garbage, &opts());
    assert_eq!(out.problems.len(), 1, "{:?}", out.problems);
    assert!(matches!(out.problems[0].error, IngestError::FeedXml { .. }));
}

#[test]
fn a_feed_with_no_items_is_a_warning() {
    let feed = b"<rss version=\"2.0\"><channel><title>Quiet Week</title></channel></rss>";
    let out = ingest_bytes("quiet.rss", feed, &opts());
    assert!(out.documents.is_empty());
    assert_eq!(out.problems.len(), 1);
    assert_eq!(out.problems[0].severity, Severity::Warning);
    assert_eq!(
        out.problems[0].error,
        IngestError::FeedEmpty { kind: "RSS" }
    );
}

#[test]
fn a_windows_1252_feed_keeps_exact_item_bytes() {
    let feed = b"<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<rss version=\"2.0\"><channel><title>Caf\xe9 Post</title>\n<item><title>R\xe9gates</title><description>Les r\xe9gates de Brennmoor auront lieu en ao\xfbt.</description></item>\n</channel></rss>\n";
    let out = ingest_bytes("post.rss", feed, &opts());
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    let doc = &out.documents[0];
    assert_eq!(doc.encoding, "windows-1252");
    assert_eq!(doc.text, "Les régates de Brennmoor auront lieu en août.");
    assert_eq!(doc.hints.outlet.as_deref(), Some("Café Post"));
    let item = b"<item><title>R\xe9gates</title><description>Les r\xe9gates de Brennmoor auront lieu en ao\xfbt.</description></item>";
    assert_eq!(doc.raw, item);
    assert_eq!(doc.id.as_str(), sha256_hex(item));
}

#[test]
fn a_gzip_bomb_stops_at_the_decompressed_cap() {
    let bomb = gzip(&vec![0u8; 8 * 1024 * 1024]);
    assert!(bomb.len() < 64 * 1024);
    let opts = IngestOptions {
        max_decompressed_bytes: 1024 * 1024,
        ..IngestOptions::default()
    };
    let out = ingest_bytes("bomb.gz", &bomb, &opts);
    assert!(out.documents.is_empty());
    assert_eq!(out.problems.len(), 1);
    assert_eq!(out.problems[0].source, "bomb.gz");
    assert_eq!(
        out.problems[0].error,
        IngestError::DecompressedTooLarge {
            compressed: bomb.len() as u64,
            limit: 1024 * 1024
        }
    );
}

#[test]
fn a_warc_without_html_is_a_warning() {
    let warc = warc_record(&[("WARC-Type", "warcinfo")], b"software: none\r\n");
    let out = ingest_bytes("info.warc", &warc, &opts());
    assert!(out.documents.is_empty());
    assert_eq!(out.problems[0].severity, Severity::Warning);
    assert_eq!(
        out.problems[0].error,
        IngestError::WarcNoHtml { records: 1 }
    );
}

/// Every prefix and a few corruptions of every carried file: nothing panics.
#[test]
fn nothing_panics_on_cut_or_corrupted_inputs() {
    let names = [
        "article.html",
        "scrape.txt",
        "reports.jsonl",
        "feed-rss.xml",
        "feed-atom.xml",
        "crawl.warc",
    ];
    for name in names {
        let bytes = data(name);
        let gz = gzip(&bytes);
        for input in [&bytes, &gz] {
            let step = (input.len() / 97).max(1);
            for cut in (0..input.len()).step_by(step) {
                let _ = ingest_bytes(name, &input[..cut], &opts());
                let mut flipped = input.clone();
                flipped[cut] ^= 0x5a;
                let _ = ingest_bytes(name, &flipped, &opts());
            }
        }
    }
}
