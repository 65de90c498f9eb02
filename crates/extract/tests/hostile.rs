//! Hostile pages: extraction stays bounded in time, memory and stack, and
//! never panics. The pages are generated here; each test runs the extractor
//! in a thread with a modest stack so unbounded recursion would show.

use std::time::{Duration, Instant};

use crosscheck_extract::html::extract_html;
use crosscheck_extract::Extracted;
use crosscheck_types::{DocumentHints, RemovalReason};

/// Stack given to the extracting thread.
const STACK: usize = 1024 * 1024;

/// Generous bound for debug builds on a shared machine.
const TIME_LIMIT: Duration = Duration::from_secs(20);

fn run(page: String) -> (Extracted, Duration) {
    let handle = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || {
            let start = Instant::now();
            let out = extract_html(&page, &DocumentHints::default());
            (out, start.elapsed())
        })
        .expect("spawn");
    handle
        .join()
        .expect("extraction panicked or overflowed its stack")
}

#[test]
fn fifty_megabytes_of_nested_divs() {
    // "<div>" + "</div>" is 11 bytes: n pairs make 50 MB.
    let n = 2 * 50 * 1024 * 1024 / 11;
    let mut page = String::with_capacity(n * 11 + 100);
    page.push_str("<html><body>");
    for _ in 0..n / 2 {
        page.push_str("<div>");
    }
    page.push_str("deep text");
    for _ in 0..n / 2 {
        page.push_str("</div>");
    }
    page.push_str("</body></html>");
    assert!(page.len() > 45 * 1024 * 1024);
    let (out, took) = run(page);
    assert!(took < TIME_LIMIT, "took {took:?}");
    // The text sits past the size cap: the page is cut, not parsed whole.
    assert!(!out.body.contains("deep text"));
}

#[test]
fn a_million_nested_divs_keep_their_text() {
    let n = 1_000_000;
    let page = format!(
        "<html><body>{}<p>Deep text that is still a sentence, with a comma, and more words than a label has.</p>{}</body></html>",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    let (out, took) = run(page);
    assert!(took < TIME_LIMIT, "took {took:?}");
    assert!(out.body.contains("Deep text"), "{out:?}");
}

#[test]
fn a_hundred_thousand_links() {
    let mut page = String::from("<html><body><ul>");
    for i in 0..100_000 {
        page.push_str(&format!(
            "<li><a href=\"/story/{i}\">Story number {i}</a></li>"
        ));
    }
    page.push_str("</ul></body></html>");
    let (out, took) = run(page);
    assert!(took < TIME_LIMIT, "took {took:?}");
    assert!(out.body.is_empty(), "links are not an article");
    assert!(out
        .removed
        .iter()
        .all(|r| r.reason != RemovalReason::OutsideMainContent || r.text.starts_with("Story")));
}

#[test]
fn a_page_of_only_scripts() {
    let mut page = String::from("<html><head><script>var a = '<div>';</script></head><body>");
    for i in 0..20_000 {
        page.push_str(&format!(
            "<script>window.x{i} = \"<p>not text</p>\";</script>"
        ));
    }
    page.push_str("<style>p { color: red }</style></body></html>");
    let (out, took) = run(page);
    assert!(took < TIME_LIMIT, "took {took:?}");
    assert!(out.body.is_empty());
    assert!(!out.removed.is_empty(), "an empty body says why");
    assert!(out.removed.iter().all(|r| !r.text.contains("not text")));
}

#[test]
fn unclosed_formatting_tags() {
    let mut page = String::from("<html><body><p>");
    for i in 0..100_000 {
        page.push_str(if i % 2 == 0 { "<b>" } else { "<i><a href=x>" });
        page.push('w');
    }
    let (_out, took) = run(page);
    assert!(took < TIME_LIMIT, "took {took:?}");
}

#[test]
fn garbage_does_not_panic() {
    let pages = [
        String::new(),
        "<".repeat(100_000),
        "<!--".repeat(10_000),
        "<script type=\"application/ld+json\">".to_owned() + &"[".repeat(100_000) + "</script>",
        "<title>é|".to_owned() + &"\u{1F600} | ".repeat(1000) + "</title>",
        "\u{0}\u{feff}<html><body><p>\u{200b}</p><a href>".to_owned(),
        "<div style=\"display:none\"><p>hidden text</p></div><p>shown text, which is short.</p>"
            .to_owned(),
    ];
    for page in pages {
        let (out, took) = run(page);
        assert!(took < TIME_LIMIT);
        assert!(!out.body.contains("hidden text"));
    }
}
