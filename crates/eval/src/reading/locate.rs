//! Finding gold items in a body whose offsets differ from the gold's.
//!
//! Gold offsets point into a report's raw text; a reader works on the
//! extracted body, where furniture is gone and offsets have shifted. Each
//! item is found by its `span`: among the span's occurrences in the body,
//! the one nearest to where the gold offset lands once the running shift is
//! applied. The shift starts from the first long span that occurs once and
//! is updated after every item, so repeated short spans ("Dask", "the pass")
//! land on the right occurrence. A span not in the body is not found.

/// A gold item to place: raw offsets and the span it begins with.
pub(crate) struct Item<'a> {
    /// Raw start.
    pub start: usize,
    /// Raw end.
    pub end: usize,
    /// The words it begins with.
    pub span: &'a str,
}

/// Where each item lands in `body` (`None`: its span is not there), in the
/// order given.
pub(crate) fn locate_all(body: &str, items: &[Item<'_>]) -> Vec<Option<(usize, usize)>> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| (items[i].start, items[i].end));
    let mut shift = initial_shift(body, items, &order);
    let mut out = vec![None; items.len()];
    for i in order {
        let item = &items[i];
        if item.span.is_empty() {
            continue;
        }
        let expected = item.start as i64 - shift;
        let best = body
            .match_indices(item.span)
            .map(|(at, _)| at)
            .min_by_key(|&at| ((at as i64 - expected).abs(), at));
        let Some(at) = best else {
            continue;
        };
        shift = item.start as i64 - at as i64;
        let len = item.end.saturating_sub(item.start).max(item.span.len());
        let mut end = (at + len).min(body.len());
        while !body.is_char_boundary(end) {
            end -= 1;
        }
        out[i] = Some((at, end.max(at + item.span.len())));
    }
    out
}

/// The shift (raw − body) given by the first span of 12 bytes or more that
/// occurs exactly once in the body; 0 when there is none.
fn initial_shift(body: &str, items: &[Item<'_>], order: &[usize]) -> i64 {
    for &i in order {
        let item = &items[i];
        if item.span.len() < 12 {
            continue;
        }
        let mut hits = body.match_indices(item.span).map(|(at, _)| at);
        if let (Some(at), None) = (hits.next(), hits.next()) {
            return item.start as i64 - at as i64;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_spans_land_in_order_after_a_shift() {
        // Raw had 10 bytes of furniture before the body.
        let body = "Dask spoke. Later Dask spoke again about the long unique phrase.";
        let items = [
            Item {
                start: 10,
                end: 14,
                span: "Dask",
            },
            Item {
                start: 28,
                end: 32,
                span: "Dask",
            },
            Item {
                start: 55,
                end: 73,
                span: "long unique phrase",
            },
            Item {
                start: 0,
                end: 4,
                span: "absent",
            },
        ];
        let got = locate_all(body, &items);
        assert_eq!(got[0], Some((0, 4)));
        assert_eq!(got[1], Some((18, 22)));
        assert_eq!(got[2], Some((45, 63)));
        assert_eq!(got[3], None);
    }

    #[test]
    fn end_keeps_the_gold_length_within_the_body() {
        let body = "He said: a very long quote that goes on";
        let items = [Item {
            start: 9,
            end: 100,
            span: "a very",
        }];
        assert_eq!(locate_all(body, &items)[0], Some((9, body.len())));
    }
}
