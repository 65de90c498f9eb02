//! Just enough HTTP/1.x to read the responses stored in WARC records: the
//! status line, the headers, and the body with its transfer and content
//! codings undone.

use crate::sniff::find;

/// An HTTP response as stored in a WARC `response` record.
#[derive(Debug)]
pub(crate) struct Response<'a> {
    /// The status code.
    pub status: u16,
    /// The headers in order, names as written.
    pub headers: Vec<(String, String)>,
    /// The body as stored (maybe chunked, maybe compressed).
    pub body: &'a [u8],
}

impl Response<'_> {
    /// The first header called `name` (ASCII case-insensitive).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }
}

/// The first header called `name` (ASCII case-insensitive) in `headers`.
pub(crate) fn header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// Splits an HTTP response into status, headers and body.
pub(crate) fn parse_response(block: &[u8]) -> Result<Response<'_>, String> {
    let (head_len, body_start) = match (find(block, b"\r\n\r\n"), find(block, b"\n\n")) {
        (Some(crlf), Some(lf)) if lf < crlf => (lf, lf + 2),
        (Some(crlf), _) => (crlf, crlf + 4),
        (None, Some(lf)) => (lf, lf + 2),
        (None, None) => return Err("the HTTP header is not ended by a blank line".into()),
    };
    let head = String::from_utf8_lossy(block.get(..head_len).unwrap_or_default());
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or_default().trim();
    let mut parts = status_line.split_ascii_whitespace();
    let version = parts.next().unwrap_or_default();
    if !version.starts_with("HTTP/") {
        return Err(format!(
            "expected an HTTP status line, found {:?}",
            status_line.chars().take(60).collect::<String>()
        ));
    }
    let status = parts
        .next()
        .and_then(|code| code.parse::<u16>().ok())
        .filter(|code| (100..=999).contains(code))
        .ok_or_else(|| format!("bad HTTP status line {status_line:?}"))?;
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
        // A header line without a colon is ignored, as browsers do.
    }
    Ok(Response {
        status,
        headers,
        body: block.get(body_start..).unwrap_or_default(),
    })
}

/// Undoes `Transfer-Encoding: chunked`.
pub(crate) fn dechunk(body: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut pos = 0;
    loop {
        let rest = body.get(pos..).unwrap_or_default();
        if rest.is_empty() {
            // No terminating zero-size chunk, but nothing is missing either.
            return Ok(out);
        }
        let line_len = rest
            .iter()
            .position(|b| *b == b'\n')
            .ok_or("chunked body ends inside a chunk-size line")?;
        let line = String::from_utf8_lossy(rest.get(..line_len).unwrap_or_default());
        let size_text = line.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| format!("bad chunk size {:?} at byte {pos} of the body", size_text))?;
        pos += line_len + 1;
        if size == 0 {
            return Ok(out);
        }
        let chunk = pos
            .checked_add(size)
            .and_then(|end| body.get(pos..end))
            .ok_or_else(|| {
                format!(
                    "chunk of {size} bytes at byte {pos} runs past the end of the body ({} bytes)",
                    body.len()
                )
            })?;
        out.extend_from_slice(chunk);
        pos += size;
        let after = body.get(pos..).unwrap_or_default();
        if after.starts_with(b"\r\n") {
            pos += 2;
        } else if after.starts_with(b"\n") {
            pos += 1;
        } else if !after.is_empty() {
            return Err(format!(
                "chunk at byte {pos} of the body is not followed by CRLF"
            ));
        }
    }
}

/// Whether the body starts like a chunked body (a hex size line).
pub(crate) fn looks_chunked(body: &[u8]) -> bool {
    let line_end = body.iter().take(80).position(|b| *b == b'\n');
    match line_end.and_then(|end| body.get(..end)) {
        Some(line) => {
            let line = String::from_utf8_lossy(line);
            let size = line.split(';').next().unwrap_or_default().trim();
            !size.is_empty() && size.chars().all(|c| c.is_ascii_hexdigit())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dechunks() {
        assert_eq!(
            dechunk(b"5\r\nHello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n").ok(),
            Some(b"Hello, world".to_vec())
        );
        assert!(dechunk(b"ff\r\nshort").is_err());
        assert!(dechunk(b"zz\r\nx").is_err());
    }

    #[test]
    fn parses_a_response() {
        let r = parse_response(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n  ; charset=x\r\n\r\n<p>",
        )
        .ok();
        let r = r.as_ref();
        assert_eq!(r.map(|r| r.status), Some(200));
        assert_eq!(
            r.and_then(|r| r.header("content-type")),
            Some("text/html ; charset=x")
        );
        assert_eq!(r.map(|r| r.body), Some(&b"<p>"[..]));
        assert!(parse_response(b"garbage\r\n\r\n").is_err());
    }
}
