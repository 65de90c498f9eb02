//! Where a quote was given: a post on a platform, an interview, a
//! statement, a named outlet ("told Geo News") — only when the sentence says
//! so, outside the quoted words.

use super::lexicon::{CHANNEL, CHANNEL_NAMED};
use super::names::Kind;
use super::Ctx;

/// Where the quote was given, said in the sentence (outside quotes).
pub(crate) fn channel(ctx: &Ctx, si: usize) -> Option<String> {
    ctx.channels.get(si)?.get_or_init(|| read(ctx, si)).clone()
}

fn read(ctx: &Ctx, si: usize) -> Option<String> {
    let s = ctx.sentences.get(si)?;
    let text = &ctx.body[s.start..s.end];
    for c in CHANNEL.captures_iter(text) {
        let Some(all) = c.get(0) else { continue };
        if ctx.in_mark(s.start + all.start()) {
            continue;
        }
        let written = all
            .as_str()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(p) = c.name("stmt") {
            return Some(p.as_str().split_whitespace().collect::<Vec<_>>().join(" "));
        }
        if let Some(p) = c.name("took") {
            return Some(format!("post on {}", p.as_str()));
        }
        if c.name("interview").is_some() {
            let l = written.to_lowercase();
            let kind = if l.contains("tv")
                || l.contains("television")
                || l.contains("channel")
                || l.contains("broadcaster")
            {
                "TV interview"
            } else if l.contains("radio") {
                "radio interview"
            } else {
                "interview"
            };
            // A named outlet beats the kind ("interview with Geo News").
            if let Some(named) = named_channel(ctx, s.start, text) {
                return Some(named);
            }
            return Some(kind.to_string());
        }
        return Some(written);
    }
    named_channel(ctx, s.start, text)
}

fn named_channel(ctx: &Ctx, s0: usize, text: &str) -> Option<String> {
    for c in CHANNEL_NAMED.captures_iter(text) {
        let Some(n) = c.name("name") else { continue };
        let start = s0 + n.start();
        if ctx.in_mark(start) {
            continue;
        }
        let is_outlet = ctx.mentions.iter().any(|m| {
            m.kind == Kind::Name
                && m.start <= start
                && start < m.end.max(m.start + 1)
                && m.end - m.start > 1
        });
        if is_outlet && n.as_str().split_whitespace().count() >= 2 {
            return Some(n.as_str().to_string());
        }
    }
    None
}
