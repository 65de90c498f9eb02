//! Unit tests on invented sentences, one per construction.

use super::*;

fn direct(body: &str) -> Vec<Quote> {
    quotes(body).into_iter().filter(|q| q.mode == QuoteMode::Direct).collect()
}

#[test]
fn smoke() {
    let body = "Mayor Elin Varga opened the bridge. “It will carry trams,” she said.";
    let q = direct(body);
    assert_eq!(q.len(), 1, "{q:?}");
}
