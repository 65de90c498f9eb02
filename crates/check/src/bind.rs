//! Binding values to the words around them: who did an act, what a
//! length of time is the length of, whether a quantity is a change.

use std::collections::BTreeSet;

use crate::input::{EntityKind, MentionInput};
use crate::lexicon::{action_class, duration_thing};
use crate::statements::{Sent, View, BIND_WINDOW};

/// Whether the quantity at token `i` is a change ("grows by 5 percent",
/// "cut ... by 50 marks"): "by" before it and a verb of change among the
/// words before that. "patrolled by six vessels" is an agent, not a change.
pub(crate) fn is_change(v: &View<'_>, sent: &Sent, i: usize) -> bool {
    if i == 0 || v.toks.get(i - 1).is_none_or(|p| p.word != "by") {
        return false;
    }
    let lo = sent.first.max(i.saturating_sub(BIND_WINDOW));
    (lo..i - 1).any(|j| {
        let w = v.toks[j].word.as_str();
        matches!(action_class(w, None), Some("cut" | "rise"))
            || matches!(
                w,
                "up" | "down"
                    | "extend"
                    | "extended"
                    | "raised"
                    | "raise"
                    | "narrowed"
                    | "widened"
                    | "fell"
                    | "fall"
                    | "falls"
                    | "dropped"
            )
    })
}

/// Whether the figure ending before token `end` is a difference, not a
/// level: a comparative and "than" follow it ("three metres deeper than
/// first measured", "two days longer than planned", "5 percent more
/// than").
pub(crate) fn is_difference(v: &View<'_>, sent: &Sent, end: usize) -> bool {
    if end + 1 >= sent.last {
        return false;
    }
    let word = |k: usize| v.toks.get(k).map(|t| t.word.as_str());
    let comparative = word(end).is_some_and(|w| {
        matches!(w, "more" | "less" | "fewer") || (w.len() > 4 && w.ends_with("er"))
    });
    comparative && word(end + 1) == Some("than")
}

/// The token of "by" naming the doer of the passive verb at `j`, right
/// after it or after its particle ("presided over by", "carried out by"),
/// or after a phrase of place or time that opens with a preposition
/// ("were presented at the watchdog's headquarters in Castrenne by its
/// deputy chief inspector"), within its clause: no punctuation and no
/// other participle stands between ("presented at a meeting chaired by"
/// names who chaired).
pub(crate) fn passive_by(v: &View<'_>, j: usize) -> Option<usize> {
    let word = |k: usize| v.toks.get(k).map(|t| t.word.as_str());
    match (word(j + 1), word(j + 2)) {
        (Some("by"), _) => return Some(j + 1),
        (Some("over" | "out" | "up" | "off"), Some("by")) => return Some(j + 2),
        (Some("at" | "in" | "on" | "inside" | "outside" | "during"), _) => {}
        _ => return None,
    }
    let by = (j + 2..j + 10).find(|&k| word(k) == Some("by"))?;
    let between = v.art.body.get(v.toks.get(j)?.end..v.toks.get(by)?.start)?;
    let clear = !between.contains([',', '.', ';', ':', '(', '\n', '"', '“'])
        && (j + 1..by)
            .all(|k| word(k).is_some_and(|w| !(w.len() > 4 && w.ends_with("ed")) && w != "and"));
    clear.then_some(by)
}

/// The doer of the act at token `j`, with its kind: after "by" (passive),
/// else a name right before the act word ("Vannek proposed", "Vannek, who
/// chaired"). The words after "by" end at the next clause's verb ("mediated
/// by A, will be monitored by B": B does another act).
pub(crate) fn actor_of(v: &View<'_>, sent: &Sent, j: usize) -> Option<(String, EntityKind)> {
    let agentive = |k: EntityKind| matches!(k, EntityKind::Person | EntityKind::Organisation);
    if let Some(by) = passive_by(v, j) {
        let lo = v.toks.get(by + 1)?.start;
        let last = (by + 7).min(sent.last.saturating_sub(1));
        let stop = (by + 1..=last)
            .find(|&k| v.toks.get(k).is_some_and(|t| ends_agent(&t.word)))
            .map_or(last, |k| k.saturating_sub(1));
        if stop < by + 1 {
            return None;
        }
        let hi = v.toks.get(stop)?.end;
        let inside: Vec<_> = v
            .art
            .mentions
            .iter()
            .filter(|m| m.start >= lo && m.start < hi)
            .collect();
        // "by Corvessa's Energy Minister, Ludmila Brandt": a possessor
        // names whose the doer is, not the doer.
        let possessor = |m: &&MentionInput| {
            v.art
                .body
                .get(m.end..)
                .is_some_and(|r| r.starts_with("'s ") || r.starts_with("\u{2019}s "))
        };
        let mut agents: Vec<&str> = inside
            .iter()
            .filter(|m| agentive(m.kind) && !possessor(m))
            .map(|m| m.entity.as_str())
            .collect();
        agents.dedup();
        // Two different people after "by" ("by A and B", or a title the
        // reader tied to someone else before the name): never guess.
        return match agents.as_slice() {
            [one] => inside
                .iter()
                .find(|m| m.entity == *one)
                .map(|m| ((*one).to_owned(), m.kind)),
            [] => {
                let countries: BTreeSet<&str> = inside
                    .iter()
                    .filter(|m| m.kind == EntityKind::Country)
                    .map(|m| m.entity.as_str())
                    .collect();
                let who = match countries.len() {
                    1 => Some(countries.into_iter().collect::<String>()),
                    // Several countries: only a list right after "by"
                    // ("by A and B", "by A, B and C") is the doer.
                    _ => country_list(v, by + 1, sent.last),
                };
                who.map(|w| (w, EntityKind::Country))
            }
            _ => None,
        };
    }
    if let Some(focus) = cleft_focus(v, sent, j) {
        return Some(focus);
    }
    if let Some(head) = apposed_subject(v, sent, j) {
        return Some(head);
    }
    let here = v.toks[j].start;
    let lo = v.toks[j.saturating_sub(3).max(sent.first)].start;
    let nearest = v
        .art
        .mentions
        .iter()
        .filter(|m| {
            m.end <= here && m.end > lo && (agentive(m.kind) || m.kind == EntityKind::Country)
        })
        .max_by_key(|m| m.end)?;
    // "Corin Abernathy of Larkspur Forensics presented": the body names
    // whose person did it.
    let of = v.tok_at(nearest.start);
    if nearest.kind != EntityKind::Person && of > sent.first && v.toks[of - 1].word == "of" {
        let before = v.toks[of - 1].start;
        let person = v
            .art
            .mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Person && m.end <= before && before - m.end <= 1)
            .max_by_key(|m| m.end);
        if let Some(p) = person {
            return Some((p.entity.clone(), p.kind));
        }
    }
    Some((nearest.entity.clone(), nearest.kind))
}

/// The name opening the clause when an appositive or a relative clause set
/// off by commas stands between it and the act at token `j` ("Runa
/// Lorentz, the engineer who chairs the inquiry into the collapse,
/// presented its findings"): the name opens its sentence (after a dateline
/// at most) and a comma follows it and comes right before the act.
fn apposed_subject(v: &View<'_>, sent: &Sent, j: usize) -> Option<(String, EntityKind)> {
    let here = v.toks.get(j)?.start;
    let before = v.toks.get(j.checked_sub(1)?)?;
    if j == sent.first || !v.art.body.get(before.end..here)?.contains(',') {
        return None;
    }
    let body = &v.art.body;
    let m = v
        .art
        .mentions
        .iter()
        .filter(|m| m.start >= sent.start && m.end < before.start)
        .find(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organisation))?;
    let lead = body.get(sent.start..m.start)?.trim();
    let opens = lead.is_empty() || lead.ends_with(['–', '—', '-']);
    let comma = body.get(m.end..)?.starts_with(',');
    (opens && comma && j <= v.tok_at(m.end) + 25).then(|| (m.entity.clone(), m.kind))
}

/// The doer a cleft puts in focus before the act at token `j`: "It was
/// Gaspard Vionnet, the operator on duty, who hit the brake", "it was the
/// safety officer, Bastien Loor, who ordered …": the first person or
/// organisation between "it was" and the "who" right before the act.
fn cleft_focus(v: &View<'_>, sent: &Sent, j: usize) -> Option<(String, EntityKind)> {
    let lo = sent.first.max(j.saturating_sub(3));
    let who = (lo..j).rev().find(|&k| v.toks[k].word == "who")?;
    // Between "who" and the act only auxiliaries ("who had ordered").
    let aux = (who + 1..j).all(|k| matches!(v.toks[k].word.as_str(), "had" | "has" | "have"));
    if !aux {
        return None;
    }
    let was = (sent.first + 1..who)
        .rev()
        .find(|&k| v.toks[k].word == "was" && v.toks[k - 1].word == "it")?;
    let (from, to) = (v.toks.get(was + 1)?.start, v.toks[who].start);
    v.art
        .mentions
        .iter()
        .filter(|m| m.start >= from && m.end <= to)
        .find(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organisation))
        .map(|m| (m.entity.clone(), m.kind))
}

/// A word that starts another clause after a passive agent ("by A, which
/// ...", "by A, will be ...", "by A at B" is kept): the agent ends before it.
fn ends_agent(word: &str) -> bool {
    matches!(
        word,
        "by" | "which"
            | "who"
            | "whose"
            | "that"
            | "will"
            | "would"
            | "is"
            | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "after"
            | "before"
            | "while"
    )
}

/// The countries of a coordinated list starting at token `k` ("Turkey and
/// Qatar"), joined with " + " in id order; `None` unless two or more and
/// nothing but "and" or commas between them.
fn country_list(v: &View<'_>, k: usize, last: usize) -> Option<String> {
    let mut out = BTreeSet::new();
    let mut i = k;
    while i < last {
        let start = v.toks[i].start;
        let m = v
            .art
            .mentions
            .iter()
            .find(|m| m.start == start && m.kind == EntityKind::Country)?;
        out.insert(m.entity.as_str());
        i = v.tok_at(m.end);
        match v.toks.get(i).map(|t| t.word.as_str()) {
            Some("and") => i += 1,
            _ => {
                let comma = v.art.body.get(m.end..).is_some_and(|r| r.starts_with(','));
                if !comma {
                    break;
                }
            }
        }
    }
    (out.len() >= 2).then(|| out.into_iter().collect::<Vec<_>>().join(" + "))
}

/// The thing a duration is the length of: a head word after it ("three days
/// of talks", "a six-month accord"), else the nearest one before it in the
/// sentence within four words ("the accord runs for six months").
pub(crate) fn duration_key(
    v: &View<'_>,
    sent: &Sent,
    start: usize,
    end: usize,
) -> Option<&'static str> {
    let after = v.tok_at(end);
    // "148 seconds into the flight", "gave out 148 seconds after lift-off":
    // the time elapsed in an activity when something happened.
    let word_at = |k: usize| (k < sent.last).then(|| v.toks[k].word.as_str());
    let elapsed = match word_at(after) {
        Some("into") => true,
        Some("after") => word_at(after + 1).is_some_and(|w| {
            matches!(
                w,
                "lift-off" | "liftoff" | "launch" | "take-off" | "takeoff" | "kick-off"
            )
        }),
        _ => false,
    };
    if elapsed {
        return Some(ELAPSED);
    }
    // "went live 18 months late", "arrived 30 months behind schedule",
    // "delayed by two years": how late something is, whatever verb tells
    // it.
    let late = match word_at(after) {
        Some("late" | "overdue") => true,
        Some("behind") => word_at(after + 1).is_some_and(|w| matches!(w, "schedule" | "time")),
        _ => false,
    };
    let first = v.tok_at(start);
    let delayed_by = first >= sent.first + 2
        && v.toks[first - 1].word == "by"
        && matches!(
            v.toks[first - 2].word.as_str(),
            "delayed" | "postponed" | "late"
        );
    if late || delayed_by {
        return Some(DELAY);
    }
    // A compound modifier ("a two-day stoppage") measures the word right
    // after it and nothing else.
    let compound = v.art.body.get(start..end).is_some_and(|t| t.contains('-'));
    if compound && after < sent.last {
        return duration_thing(&v.toks[after].word);
    }
    for (k, t) in v
        .toks
        .iter()
        .enumerate()
        .take(sent.last)
        .skip(after)
        .take(5)
    {
        if let Some(thing) = duration_thing(&t.word) {
            return Some(thing);
        }
        // "spent nearly two years in custody", "14 months in an Izmarki
        // prison": the state it was spent in.
        let placed = (k.saturating_sub(3).max(after)..k)
            .any(|p| matches!(v.toks[p].word.as_str(), "in" | "on" | "at"));
        if let Some(state) = state_of_being(&t.word).filter(|_| placed) {
            return Some(state);
        }
        // "the next nine years behind bars": in prison.
        if t.word == "bars" && k > 0 && v.toks[k - 1].word == "behind" {
            return Some(CUSTODY);
        }
        // "40 minutes under the snow", "forty minutes buried in the snow":
        // how long someone lay buried.
        let under = (k.saturating_sub(2).max(after)..k).any(|p| {
            matches!(
                v.toks[p].word.as_str(),
                "under" | "beneath" | "below" | "underneath"
            )
        });
        if t.word == "buried" || (under && is_burying(&t.word)) {
            return Some(BURIED);
        }
    }
    // Before it only close by ("the accord runs for six months"): a head
    // word further back belongs to another phrase ("the failed talks in the
    // context of four years of losses").
    let before = v.tok_at(start);
    let window = sent.first.max(before.saturating_sub(4))..before;
    // "had been interior minister for 19 months": a role after "been" is
    // held for that long.
    // "had been the company's technical director for two decades": the
    // role's own words may stand between "been" and the length.
    let been_window = sent.first.max(before.saturating_sub(7))..before;
    let been_role = been_window.clone().any(|k| v.toks[k].word == "been")
        && before
            .checked_sub(2)
            .and_then(|k| v.toks.get(k))
            .is_some_and(|t| is_role_noun(&t.word));
    if been_role {
        return Some("tenure");
    }
    // "had been on duty for 13 hours", "held in custody for 30 days", "sent
    // back to his cell for 60 days": how long someone is in a state.
    if before >= sent.first + 3 && v.toks[before - 1].word == "for" {
        let noun = &v.toks[before - 2].word;
        let mut p = before - 3;
        if matches!(v.toks[p].word.as_str(), "his" | "her" | "their" | "the") && p > sent.first {
            p -= 1;
        }
        if matches!(v.toks[p].word.as_str(), "on" | "in" | "at" | "to" | "into") {
            if let Some(state) = state_of_being(noun) {
                return Some(state);
            }
        }
    }
    window.rev().find_map(|k| duration_thing(&v.toks[k].word))
}

/// The state a length right after it is held in, when a form of "be" or
/// "remain" and a participle or state word stand before "for" ("had been
/// broken for ten days", "has remained shut for a week", "had been
/// missing for two days"): the state word. `start` is the length's first
/// token. A role ("had been minister for") is a tenure, read before this.
pub(crate) fn state_held(v: &View<'_>, sent: &Sent, start: usize) -> Option<String> {
    if start < sent.first + 3 || v.toks[start - 1].word != "for" {
        return None;
    }
    let state = v.toks[start - 2].word.as_str();
    let aux = v.toks[start - 3].word.as_str();
    let staying = matches!(aux, "been" | "remained" | "stayed" | "lain" | "sat");
    let state_word = (state.len() > 3 && (state.ends_with("ed") || state.ends_with("en")))
        || matches!(
            state,
            "shut" | "open" | "missing" | "empty" | "idle" | "vacant" | "offline" | "closed"
        );
    (staying && state_word && !v.toks[start - 2].quoted).then(|| state.to_owned())
}

/// The key of a time elapsed in an activity when something happened
/// ("148 seconds into the flight"): compared only when said of something
/// in common.
pub(crate) const ELAPSED: &str = "elapsed";

/// The key of how late something is ("18 months late", "delayed by two
/// years").
pub(crate) const DELAY: &str = "delay";

/// The key of a length in custody ("in custody for 30 days", "held for 30
/// days").
pub(crate) const CUSTODY: &str = "state:custody";

/// The key of a length someone lay buried ("40 minutes under the snow").
pub(crate) const BURIED: &str = "state:buried";

/// What a person lies buried under. Hand-listed: a few masses news tells
/// of.
fn is_burying(noun: &str) -> bool {
    matches!(
        noun,
        "snow" | "rubble" | "debris" | "ice" | "mud" | "earth" | "soil" | "ruins" | "wreckage"
    )
}

/// The state a person is in for a length ("on duty", "in custody", "to
/// his cell", "in hospital", "at sea", "on strike"), as a key. Hand-listed: a few
/// states news measures; `None` for anything else.
fn state_of_being(noun: &str) -> Option<&'static str> {
    Some(match noun {
        "duty" | "shift" => "state:duty",
        "custody" | "prison" | "jail" | "detention" | "cell" => CUSTODY,
        "hospital" => "state:hospital",
        "sea" => "state:sea",
        "strike" => "state:strike",
        _ => return None,
    })
}

/// A noun naming a post one person holds ("minister", "governor").
/// Hand-listed: the reading stage keeps titles with people, not as nouns.
fn is_role_noun(word: &str) -> bool {
    matches!(
        word,
        "minister"
            | "president"
            | "premier"
            | "chair"
            | "chairman"
            | "chairwoman"
            | "governor"
            | "mayor"
            | "director"
            | "commissioner"
            | "secretary"
            | "chief"
            | "head"
            | "leader"
            | "coach"
            | "manager"
            | "speaker"
            | "ambassador"
    )
}
