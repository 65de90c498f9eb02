//! Quotation marks paired into quoted spans.
//!
//! Curly (“ ” ‘ ’) and straight (" ') marks, nested to any depth; only the
//! outermost spans are returned (a quote inside a quote stays part of its
//! outer quote). A straight mark opens after a space, a line start or an
//! opening bracket and closes the open one; a single mark counts only where
//! it cannot be an apostrophe ("don’t", "Kabul’s"). A mark left open at the
//! end of a line is dropped, unless the next paragraph opens with a
//! quotation mark again (the convention for a quote running over
//! paragraphs): then it ends at its line's end and is `runs_on`.

/// One outermost quoted span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marked {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// First byte of the quoted words.
    pub start: usize,
    /// End of the quoted words (trailing comma, period, colon, semicolon
    /// and spaces left out).
    pub end: usize,
    /// Byte offset just past the closing mark.
    pub close: usize,
    /// The words inside ended with a comma (the sentence goes on).
    pub comma: bool,
    /// Left open at a paragraph's end, the next paragraph reopening it.
    pub runs_on: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    CurlyDouble,
    StraightDouble,
    CurlySingle,
    StraightSingle,
}

/// Outermost quoted spans of `body` in order, and the quoted spans inside
/// them (‘…’ within “…”) in order of their closing marks: one pass.
pub(crate) fn scan(body: &str) -> (Vec<Marked>, Vec<Marked>) {
    let mut out = Vec::new();
    let mut inner = Vec::new();
    let mut stack: Vec<(Mark, usize)> = Vec::new();
    let mut prev: Option<char> = None;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // Most characters are no mark: only marks read their neighbours.
        if !matches!(c, '\n' | '“' | '”' | '"' | '‘' | '’' | '\'') {
            prev = Some(c);
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let after_open = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/“‘\"'".contains(p));
        let before_close = next.is_none_or(|n| !n.is_alphanumeric());
        match c {
            '\n' => {
                // A quote running on into the next paragraph (which opens
                // with a quotation mark again) ends at this line's end.
                if let [(mark, open)] = stack[..] {
                    let next_line = body[i + 1..].trim_start();
                    let reopens = match mark {
                        Mark::CurlyDouble => next_line.starts_with('“'),
                        Mark::StraightDouble => next_line.starts_with('"'),
                        _ => false,
                    };
                    if reopens {
                        let line_end = body[..i].trim_end().len();
                        push(body, open, line_end, line_end, true, &mut out);
                    }
                }
                stack.clear();
            }
            '“' => stack.push((Mark::CurlyDouble, i)),
            '”' => close(
                body,
                &mut stack,
                Mark::CurlyDouble,
                i,
                c,
                (&mut out, &mut inner),
            ),
            '"' => {
                if stack.iter().any(|&(m, _)| m == Mark::StraightDouble) {
                    close(
                        body,
                        &mut stack,
                        Mark::StraightDouble,
                        i,
                        c,
                        (&mut out, &mut inner),
                    );
                } else if after_open || next.is_some_and(char::is_alphanumeric) {
                    stack.push((Mark::StraightDouble, i));
                }
            }
            '‘' if !prev.is_some_and(char::is_alphanumeric) => stack.push((Mark::CurlySingle, i)),
            '’' if before_close && stack.iter().any(|&(m, _)| m == Mark::CurlySingle) => {
                close(
                    body,
                    &mut stack,
                    Mark::CurlySingle,
                    i,
                    c,
                    (&mut out, &mut inner),
                );
            }
            '\'' => {
                let open_single = stack.iter().any(|&(m, _)| m == Mark::StraightSingle);
                if open_single && before_close && !prev.is_some_and(char::is_whitespace) {
                    close(
                        body,
                        &mut stack,
                        Mark::StraightSingle,
                        i,
                        c,
                        (&mut out, &mut inner),
                    );
                } else if after_open && next.is_some_and(char::is_alphabetic) {
                    stack.push((Mark::StraightSingle, i));
                }
            }
            _ => {}
        }
        prev = Some(c);
    }
    (out, inner)
}

fn close(
    body: &str,
    stack: &mut Vec<(Mark, usize)>,
    kind: Mark,
    at: usize,
    c: char,
    (out, inner): (&mut Vec<Marked>, &mut Vec<Marked>),
) {
    let Some(pos) = stack.iter().rposition(|&(m, _)| m == kind) else {
        return;
    };
    let open = stack[pos].1;
    stack.truncate(pos);
    if !stack.is_empty() {
        push(body, open, at, at + c.len_utf8(), false, inner);
        return;
    }
    push(body, open, at, at + c.len_utf8(), false, out);
}

/// Records the quote opened at `open` whose words end at `at`.
fn push(body: &str, open: usize, at: usize, close: usize, runs_on: bool, out: &mut Vec<Marked>) {
    if at <= open {
        return;
    }
    let mark_len = body[open..].chars().next().map_or(1, char::len_utf8);
    if open + mark_len > at {
        return;
    }
    let inner = &body[open + mark_len..at];
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim_end();
    let comma = trimmed.ends_with(',');
    let stripped = trimmed.trim_end_matches([',', '.', ';', ':']).trim_end();
    if stripped.trim().is_empty() || lead >= inner.len() {
        return;
    }
    out.push(Marked {
        open,
        start: open + mark_len + lead,
        end: open + mark_len + stripped.len(),
        close,
        comma,
        runs_on,
    });
}
