//! The claims of one report's view: each time, quantity and place mention
//! bound to the act or thing it is a value of, the doers of acts, and the
//! talks' outcome as the report's lead states it. The types are in
//! [`crate::statements`]; whether two claims are rivals is `compare`'s.

use std::collections::BTreeSet;

use chrono::{Datelike, Weekday};
use crosscheck_types::{Granularity, TimeValue};

use crate::anchors::EventDays;
use crate::bind::{
    actor_of, duration_key, is_change, is_difference, passive_by, state_held, CUSTODY, ELAPSED,
};
use crate::carried::{carried_group, is_people_noun, CARRIED};
use crate::context::{
    act_subject, act_subject_at, context, is_content, object_context, subject_words,
};
use crate::heads::{
    counts_speakers, facility_head, is_carrying_act, is_elided, is_generic_count, is_measure_unit,
    is_partitive, narrowing_name, open_act, placed_thing, possessed_thing, OPEN_ACT,
};
use crate::input::{EntityKind, QuantityKind};
use crate::lexicon::{
    action_class, duration_thing, is_negation, noun_stem, predicate_class, single_actor, stem,
};
use crate::measure::{
    allowed_act, as_of, is_counterfactual, measured_noun, role, share_noun, since, sized_noun,
    tied_to_past, Span,
};
use crate::sets::{people_state, predicate_state};
use crate::statements::{Claim, Sent, Slot, Value, View};
use crate::units::{days_per, fmt_num, normalise_unit, rounding_step, tonnes_per};
use crate::walls::{day_zone, wall_zone};

/// The key prefix of the time allowed for an act ("five years to rebuild").
pub(crate) const ALLOWED: &str = "allowed:";

/// Every claim of one view. `span` is the event's publication span: a
/// date far outside it is another act's, a figure in a clause naming a
/// time long before it is a reading of another time.
pub(crate) fn claims(
    v: &View<'_>,
    vi: usize,
    span: Option<Span>,
    event_days: &EventDays,
) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut push =
        |sent: usize, slot: Slot, key: String, value: Value, kind, context, set: Option<String>| {
            out.push(Claim {
                view: vi,
                sent,
                slot,
                key,
                value,
                kind,
                context,
                set,
                as_of: None,
            });
        };
    // Counts are gathered apart: they carry the set they count.
    let mut counts = Vec::new();
    let live = |pos: usize| -> Option<usize> {
        let s = v.sentence_at(pos)?;
        (!v.sents[s].background && !v.quoted_at(pos)).then_some(s)
    };
    for t in &v.art.times {
        let Some(s) = live(t.start) else { continue };
        // "three days after the final", dated by the other reports.
        let value = event_days.resolve(t).unwrap_or(t.value);
        // A clock of unknown offset is compared as it reads.
        let wall = t.wall.as_ref().filter(|_| !value.is_resolved());
        if !value.is_resolved() && wall.is_none() {
            continue;
        }
        // "paid the wrong wages since January": a span that runs up to now
        // opens there; it dates no one act ("will be paid on March 12").
        if since(&v.art.body, t.start, &t.text) {
            continue;
        }
        // A date weeks away from the event's reports is another act's
        // ("the certificate was renewed on 9 April"): it is kept only when
        // said of something ("certificate"), and then is a rival only of
        // dates said of the same thing (see `compare::rivals`), never of
        // the event's own "opened on Monday".
        let far = span.is_some_and(|sp| match wall {
            Some(w) => sp.far(&TimeValue::Date(w.at.date())),
            None => sp.far(&value),
        });
        let i = v.tok_at(t.start);
        // A clock fronting its sentence is of the act after it; a fronted
        // day is more often the frame of several ("On Saturday, …").
        let clock = t.granularity == Granularity::Minute;
        let after = v.tok_at(t.end);
        let bound = v
            .bound_act_at(&v.sents[s], i, true)
            .or_else(|| v.verb_right_after(&v.sents[s], after))
            .or_else(|| {
                clock
                    .then(|| v.fronted_act_at(&v.sents[s], i, after))
                    .flatten()
            })
            .or_else(|| v.announcement_at(&v.sents[s], i));
        if let Some((act, at)) = bound {
            let weekday = bare_weekday(&t.text, &value);
            let verb = act.strip_prefix(OPEN_ACT);
            let context = match verb {
                // What the act is said of: the words around the date and
                // the act's subject ("The driver, who …, was suspended on
                // Friday").
                Some(verb) => {
                    let mut around =
                        context(v, &v.sents[s], i, v.tok_at(t.end), &[verb.to_owned()]);
                    around.extend(subject_words(v, &v.sents[s], at));
                    around
                }
                None if far => context(
                    v,
                    &v.sents[s],
                    i,
                    v.tok_at(t.end),
                    std::slice::from_ref(&act),
                ),
                None => BTreeSet::new(),
            };
            if far && context.is_empty() {
                continue;
            }
            // A closed act's date is of the thing it is said of: "the
            // streak ended on March 8" and "the school will stay shut until
            // Friday" are two ends (see `compare::rivals` on sets).
            let subject = verb
                .is_none()
                .then(|| act_subject(v, &v.sents[s], at))
                .flatten();
            let value = match wall {
                Some(w) => Value::Wall {
                    at: w.at,
                    zone: wall_zone(v, w),
                },
                None => Value::Time {
                    value,
                    weekday,
                    zone: day_zone(v, t),
                },
            };
            // "came at 1.40am, when the first guests were taken ill": the
            // time dates the act of its "when" clause too.
            if let Some((act, around, set)) = when_clause_act(v, &v.sents[s], after) {
                push(s, Slot::Date, act, value.clone(), None, around, set);
            }
            push(
                s,
                Slot::Date,
                act,
                value,
                None,
                context,
                subject.map(|w| format!("subject:{w}")),
            );
        }
    }
    // A figure a correction note withdraws ("an earlier entry on this page
    // said two people had been arrested") is withdrawn wherever the report
    // still carries it ("We understand two people have been arrested").
    let withdrawn: Vec<(String, f64)> = v
        .art
        .quantities
        .iter()
        .filter(|q| {
            v.sentence_at(q.start)
                .is_some_and(|s| v.sents[s].retraction)
        })
        .map(|q| (normalise_unit(&q.unit), q.value))
        .collect();
    for q in &v.art.quantities {
        let Some(s) = live(q.start) else { continue };
        let unit = normalise_unit(&q.unit);
        if withdrawn.iter().any(|(u, x)| *u == unit && *x == q.value) {
            continue;
        }
        if tied_to_past(v, &v.sents[s], q.start, span) {
            continue;
        }
        let i = v.tok_at(q.start);
        if is_counterfactual(v, &v.sents[s], i) {
            continue;
        }
        let change = is_change(v, &v.sents[s], i) || is_difference(v, &v.sents[s], v.tok_at(q.end));
        // A part of a whole ("Seven of them", "nine of the men") or a count
        // whose noun is left out ("nine were …") is a fact of its own only
        // when its verb gives the state it counts ("Seven of them were
        // seriously injured"); else it is a share of a count said before.
        // A side of a vote tally ("voted 47 to 12") counts votes, though
        // its noun is not written.
        let tally_side = q.unit == "vote";
        // "cancelling all 64 of its calls": "all" makes the figure the
        // whole, written with its noun after "of".
        let all_of = i > v.sents[s].first
            && v.toks[i - 1].word == "all"
            && v.toks.get(v.tok_at(q.end)).is_some_and(|t| t.word == "of");
        // "eight tonnes of the dome's ironwork" measures a thing; it is no
        // share of a count.
        let measure = is_measure_unit(&unit);
        let part = q.kind != QuantityKind::Duration
            && !tally_side
            && !all_of
            && !measure
            && (is_partitive(v, &v.sents[s], q.start, q.end) || is_elided(v, q.start, q.end));
        let state = if part {
            predicate_state(v, &v.sents[s], v.tok_at(q.end))
        } else {
            people_state(v, &v.sents[s], q.start, q.end)
        };
        // "convicted on six of the nine counts": a part of a whole whose
        // size is written counts what the clause's act touched, compared
        // with the parts other reports count out of a whole ("five of the
        // nine counts"), not with whole counts ("23 miners" against "seven
        // of the 23 miners").
        let counted_part = part && state.is_none() && of_counted_whole(v, &v.sents[s], q.end);
        if part && state.is_none() && !counted_part {
            continue;
        }
        let mut suffix = if change { "|change" } else { "" }.to_owned();
        if let Some(r) = role(v, &v.sents[s], i, q.kind == QuantityKind::Duration) {
            suffix = format!("{suffix}|{r}");
            // A rate is per something: "two million for every year" and
            // "every contract above 50 million" are rates of two things.
            if r == "per" {
                if let Some(per) = rate_unit(v, &v.sents[s], q.start, q.end) {
                    suffix = format!("{suffix}:{per}");
                }
            }
        }
        let as_of_day = (q.kind != QuantityKind::Duration)
            .then(|| as_of(v, &v.sents[s], q.start, state.as_ref().map(|s| s.1)))
            .flatten();
        // "a compensation fund of €30 million": the sum is the fund's, not
        // the insurer's cover of €20 million said nearby.
        if q.kind == QuantityKind::Money {
            if let Some(owner) = sum_owner(v, i) {
                suffix = format!("{suffix}|{owner}");
            }
        }
        // "the council's 11,200 employees", "its 640 employees": the size of
        // what someone has, not a count of those an act touched ("paid
        // 3,800 employees the wrong amount").
        if q.kind == QuantityKind::Count {
            if let Some(owner) = owned_whole(v, &v.sents[s], i) {
                suffix = format!("{suffix}|whole{owner}");
            }
        }
        if counted_part {
            suffix = format!("{suffix}|part");
        }
        if q.kind == QuantityKind::Duration {
            let Some(factor) = days_per(&unit) else {
                continue;
            };
            // "a week after the talks ended", "an hour later": the gap
            // between two times, not the length of the thing named after it.
            // "listing for 20 minutes before it capsized" is a length.
            let next = v.tok_at(q.end);
            let first = v.tok_at(q.start);
            let offset = next < v.sents[s].last
                && matches!(
                    v.toks[next].word.as_str(),
                    "after" | "before" | "later" | "earlier"
                )
                && !(first > v.sents[s].first
                    && matches!(
                        v.toks[first - 1].word.as_str(),
                        "for" | "within" | "over" | "lasted" | "took" | "spent" | "waited"
                    ));
            if offset {
                continue;
            }
            // The length of a named thing ("three days of talks", "48
            // hours' notice"), else of the act before it ("spent 56 hours",
            // "kept them open for 14 hours"), said of something (see
            // `context`).
            let named = duration_key(v, &v.sents[s], q.start, q.end)
                .map(str::to_owned)
                .or_else(|| possessed_thing(v, q.end))
                .or_else(|| {
                    allowed_act(v, &v.sents[s], q.start, q.end).map(|a| format!("{ALLOWED}{a}"))
                });
            let (thing, around) = match named {
                // Whose tenure or state: the holder and the post said
                // around it.
                Some(thing)
                    if thing == "tenure" || thing == ELAPSED || thing.starts_with("state:") =>
                {
                    let mut around = context(
                        v,
                        &v.sents[s],
                        i,
                        v.tok_at(q.end),
                        std::slice::from_ref(&thing),
                    );
                    // "into the flight": what happened in the flight says
                    // what the time is of, not the flight itself.
                    if thing == ELAPSED {
                        let after = v.tok_at(q.end);
                        for t in v.toks.iter().skip(after).take(3) {
                            around.remove(&noun_stem(&t.word));
                        }
                    }
                    (thing, around)
                }
                Some(thing) => (thing, BTreeSet::new()),
                // "a nine-hour rescue": the length of the noun it modifies,
                // told as a length like "the rescue took seven hours".
                None if is_compound(v, q.start, q.end) => {
                    let around = compound_nouns(v, &v.sents[s], q.end);
                    if around.is_empty() {
                        continue;
                    }
                    (format!("{OPEN_ACT}{LENGTH}"), around)
                }
                // "six hours of debate" is "a six-hour debate".
                None if of_noun(v, &v.sents[s], q.end).is_some() => {
                    let around = of_noun(v, &v.sents[s], q.end).into_iter().collect();
                    (format!("{OPEN_ACT}{LENGTH}"), around)
                }
                // "a trial lasting 22 months": a length participle right
                // before the figure carries it, whatever the sentence's
                // main verb.
                None if i > v.sents[s].first
                    && v.toks[i - 1].word.ends_with("ing")
                    && is_length_verb(&stem(&v.toks[i - 1].word))
                    && !v.toks[i - 1].quoted =>
                {
                    let verb = stem(&v.toks[i - 1].word);
                    let around = context(v, &v.sents[s], i, v.tok_at(q.end), &[verb]);
                    (format!("{OPEN_ACT}{LENGTH}"), around)
                }
                // "had been broken for ten days": how long a thing stayed
                // in the state its participle names, where no act binds
                // the length.
                None => match v.bound_act_at(&v.sents[s], i, true) {
                    None => {
                        let Some(state) = state_held(v, &v.sents[s], i) else {
                            continue;
                        };
                        let around = context(
                            v,
                            &v.sents[s],
                            i,
                            v.tok_at(q.end),
                            std::slice::from_ref(&state),
                        );
                        (format!("state:{state}"), around)
                    }
                    Some((act, at)) => {
                        let verb = act.strip_prefix(OPEN_ACT).unwrap_or(&act).to_owned();
                        let mut around = context(
                            v,
                            &v.sents[s],
                            i,
                            v.tok_at(q.end),
                            &[stem(&verb), verb.clone()],
                        );
                        // A length verb's subject is what the length is of
                        // ("The trial, which opened …, lasted 16 months").
                        if is_length_verb(&verb) {
                            around.extend(subject_words(v, &v.sents[s], at));
                        }
                        // "took", "lasted", "needed" only carry a length: what
                        // it is the length of is said around them.
                        // "held for 30 days" is a length in custody, like "in
                        // custody for 30 days".
                        // "The countdown was held for 40 minutes": a thing
                        // held is paused, a length like "stopped for 25
                        // minutes".
                        let thing_held = act_subject_at(v, &v.sents[s], at)
                            .is_some_and(|k| !is_people_noun(&v.toks[k].word));
                        if verb == "detain" && !thing_held {
                            (CUSTODY.to_owned(), around)
                        } else if verb == "detain" {
                            (format!("{OPEN_ACT}{LENGTH}"), around)
                        } else {
                            let key = if is_length_verb(&verb) { LENGTH } else { &verb };
                            (format!("{OPEN_ACT}{key}"), around)
                        }
                    }
                },
            };
            let days = q.value * factor;
            let label = format!("{} {}", fmt_num(q.value), unit);
            push(
                s,
                Slot::Duration,
                format!("{thing}{suffix}"),
                Value::Days { days, label },
                None,
                around,
                None,
            );
        } else {
            if counts_speakers(v, &v.sents[s], q.end) {
                continue;
            }
            let (low, high) = match (q.low, q.high) {
                (Some(l), Some(h)) => (l, h),
                (Some(l), None) => (l, f64::INFINITY),
                (None, Some(h)) => (0.0, h),
                (None, None) => (q.value, q.value),
            };
            // A weight in any unit is compared in tonnes ("18 tonnes",
            // "40,000 pounds").
            let (unit, low, high) = match tonnes_per(&unit) {
                Some(t) => ("tonne".to_owned(), low * t, high * t),
                None => (unit, low, high),
            };
            // "120 kilometres of canals" and "a river 610 kilometres long"
            // are two measures: the thing measured is part of the key.
            let of = measured_noun(v, &v.sents[s], q.end)
                .or_else(|| {
                    is_measure_unit(&unit)
                        .then(|| {
                            let text = v.art.body.get(q.start..q.end).unwrap_or("");
                            sized_noun(v, &v.sents[s], text, q.end)
                        })
                        .flatten()
                })
                .or_else(|| {
                    (unit == "percent")
                        .then(|| share_noun(v, &v.sents[s], q.start, q.end))
                        .flatten()
                })
                .map(|n| format!(" of {n}"))
                .unwrap_or_default();
            let narrowed = narrowing_name(v, q.start, q.end)
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            let key = format!("{unit}{narrowed}{of}{suffix}");
            // "Fourteen of the 171 people on board were hurt": the whole's
            // words say what the part is out of, not what it is.
            let mut skip = vec![stem(&unit)];
            if let (true, Some((_, at))) = (part, state.as_ref()) {
                let of = v.tok_at(q.end);
                if v.toks.get(of).is_some_and(|t| t.word == "of") {
                    skip.extend(
                        (of..*at)
                            .filter_map(|k| v.toks.get(k))
                            .map(|t| stem(&t.word)),
                    );
                }
            }
            let around = if q.kind == QuantityKind::Count && !is_generic_count(&unit) {
                BTreeSet::new()
            } else {
                context(v, &v.sents[s], i, v.tok_at(q.end), &skip)
            };
            let written = v.art.body.get(q.start..q.end).unwrap_or("");
            let value = Value::Amount {
                low,
                high,
                unit,
                about: q.approximate,
                step: rounding_step(written),
            };
            counts.push(Claim {
                view: vi,
                sent: s,
                slot: Slot::Count,
                key,
                value,
                kind: None,
                context: around,
                set: state.map(|(word, _)| word),
                as_of: as_of_day,
            });
        }
    }
    for m in &v.art.mentions {
        if m.kind != EntityKind::Place {
            continue;
        }
        let Some(s) = live(m.start) else { continue };
        let i = v.tok_at(m.start);
        let sent = &v.sents[s];
        // The preposition before the place, over "the" and a settlement
        // phrase ("to the Baltrosan port of Cazzarin").
        let Some((prep_at, destination)) = place_preposition(v, sent, i) else {
            continue;
        };
        let last = v.tok_at(m.end);
        // "in the Korvandan capital", "at the Brisdale hotel": the name
        // modifies the noun after it, which is the place; the name alone
        // is not where it happened.
        let modifier = i > sent.first
            && v.toks[i - 1].word == "the"
            && v.toks.get(last).is_some_and(|t| {
                last < sent.last
                    && !t.quoted
                    && is_content(&t.word)
                    && v.art
                        .body
                        .get(t.start..t.end)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
            });
        if modifier {
            continue;
        }
        // Where a group of people was taken or is kept ("Nine were taken
        // to the regional hospital in Kovach"), whatever the verb.
        if let Some(group) = carried_group(v, sent, prep_at) {
            counts.push(Claim {
                view: vi,
                sent: s,
                slot: Slot::Place,
                key: CARRIED.to_owned(),
                value: Value::Entity(m.entity.clone()),
                kind: Some(m.kind),
                context: group.group.map(|g| format!("g:{g}")).into_iter().collect(),
                set: group.count,
                as_of: None,
            });
            continue;
        }
        // What the place is said of, but its own key word and its own
        // entity.
        let said_of = |key: &str| {
            let own = key.split(':').nth(1).unwrap_or("").to_owned();
            let mut around = context(v, sent, i, last, &[own]);
            around.remove(&format!("e:{}", m.entity));
            around
        };
        // Where a facility will be built, opened or set up ("a training
        // centre for mine safety promised in Kovach"), whatever the verb.
        // An act of the closed lists; else the thing placed ("a hospital
        // in Kovach") or an open-class act ("was built in Zherov"), said
        // of something (see `context`).
        let mut owner = None;
        let (key, around) = if let Some(key) = facility_head(v, sent, prep_at) {
            let around = said_of(&key);
            (key, around)
        } else {
            match v.bound_act_at(sent, i.saturating_sub(1), false) {
                Some(_) if destination => continue,
                Some((act, at)) => {
                    // "Greywold shares rose in Dornecq", "Orlenza shares
                    // rose in Vennick": two owners' acts, two places.
                    owner = named_doer_before(v, sent, at).map(|e| format!("owner:{e}"));
                    (act, BTreeSet::new())
                }
                None if destination => match v.bound_act(sent, prep_at, true) {
                    Some(key) if is_carrying_act(&key) => {
                        let around = said_of(&key);
                        (key, around)
                    }
                    _ => continue,
                },
                None => {
                    match placed_thing(v, sent, prep_at)
                        .or_else(|| v.bound_act(sent, prep_at, true))
                    {
                        Some(key) => {
                            let around = said_of(&key);
                            (key, around)
                        }
                        None => continue,
                    }
                }
            }
        };
        push(
            s,
            Slot::Place,
            key,
            Value::Entity(m.entity.clone()),
            Some(m.kind),
            around,
            owner,
        );
    }
    for (s, sent) in v.sents.iter().enumerate() {
        if sent.background {
            continue;
        }
        for j in sent.first..sent.last {
            let t = &v.toks[j];
            if t.quoted {
                continue;
            }
            let next = v.toks.get(j + 1).map(|n| n.word.as_str());
            // An open-class act with a named doer ("Ellestad presented the
            // forensic report"), or an act of the closed lists that many
            // may do but one did here ("DSR closed the line"), compared
            // only with the same act said of the same thing (see
            // `context::object_context`).
            let class = action_class(&t.word, next);
            let open_key = match class {
                None => open_act(v, sent, j),
                Some(c) if !single_actor(c) && !matches!(c, "sign" | "agree") => {
                    open_act(v, sent, j).map(|_| format!("{OPEN_ACT}{c}"))
                }
                Some(_) => None,
            };
            if let Some(key) = open_key {
                let doer = actor_of(v, sent, j)
                    .filter(|(_, k)| matches!(k, EntityKind::Person | EntityKind::Organisation));
                if let Some((who, kind)) = doer {
                    let mut around = object_context(v, sent, j);
                    around.remove(&format!("e:{who}"));
                    // A passive names its object in few words ("The
                    // release was ordered by …").
                    let passive = passive_by(v, j).is_some();
                    if around.len() >= 2 || (passive && !around.is_empty()) {
                        push(
                            s,
                            Slot::Actor,
                            key,
                            Value::Entity(who),
                            Some(kind),
                            around,
                            None,
                        );
                    }
                }
            }
            let Some(act) = class else {
                continue;
            };
            // "signed the agreement for Corvessa": one party's signatory is
            // one person, though the signing has several.
            if act == "sign" {
                let party = signed_for(v, sent, j);
                if let (Some(party), Some((who, kind))) = (party, actor_of(v, sent, j)) {
                    if party != who {
                        push(
                            s,
                            Slot::Actor,
                            format!("sign for {party}"),
                            Value::Entity(who),
                            Some(kind),
                            BTreeSet::new(),
                            None,
                        );
                    }
                }
            }
            if !single_actor(act) {
                continue;
            }
            if let Some((who, kind)) = actor_of(v, sent, j) {
                push(
                    s,
                    Slot::Actor,
                    act.to_owned(),
                    Value::Entity(who),
                    Some(kind),
                    BTreeSet::new(),
                    None,
                );
            }
        }
    }
    if let Some(s) = outcome_sentence(v) {
        out.push(Claim {
            view: vi,
            sent: s,
            slot: Slot::Outcome,
            key: "talks".to_owned(),
            value: Value::Entity("no agreement".to_owned()),
            kind: None,
            context: BTreeSet::new(),
            set: None,
            as_of: None,
        });
    }
    out.extend(counts);
    out.extend(crate::lead::lead_day(v, vi, span));
    out
}

/// The first sentence of a report (outside quotes and background) naming
/// the talks that says they ended without an agreement: a failure word ("collapsed",
/// "deadlock", "failed to reach") or a negation just before a word for an
/// agreement ("without any breakthrough", "no agreement"). The report's
/// own statement of the outcome; later ones repeat or discuss it.
fn outcome_sentence(v: &View<'_>) -> Option<usize> {
    v.sents.iter().position(|s| {
        if s.background {
            return false;
        }
        let toks = &v.toks[s.first..s.last];
        // Only talks have an outcome here: "the failure of a pillar" is not.
        let about_talks = toks
            .iter()
            .any(|t| duration_thing(&t.word) == Some("talks"));
        about_talks
            && toks.iter().enumerate().any(|(i, t)| {
                if t.quoted {
                    return false;
                }
                match predicate_class(&t.word) {
                    Some("failure") => true,
                    Some("deal") => toks[i.saturating_sub(3)..i]
                        .iter()
                        .any(|p| !p.quoted && is_negation(&p.word)),
                    _ => false,
                }
            })
    })
}

/// The act key of a length told by a verb that only carries it ("took",
/// "lasted") or by a compound ("a nine-hour rescue").
const LENGTH: &str = "length";

/// Verbs that carry a length and say nothing of the act ("The rescue took
/// seven hours", "a rescue that lasted seven hours", "Stewards needed 25
/// minutes", "waited four hours before warning"), as
/// [`crate::heads::open_act`] keys them (stems of five letters).
/// A pause ("stopped for 25 minutes", "delayed by 40 minutes") is a length
/// the same way.
/// Hand-written: a closed class.
fn is_length_verb(verb: &str) -> bool {
    matches!(
        verb,
        "took"
            | "taken"
            | "laste"
            | "lasti"
            | "lasts"
            | "neede"
            | "requi"
            | "waite"
            | "let"
            | "pause"
    )
}

/// Whether a length is written as a compound modifier ("a nine-hour
/// rescue", "a 25-minute wait"); an age ("a 58-year-old foreman") is not.
fn is_compound(v: &View<'_>, start: usize, end: usize) -> bool {
    let written = v
        .art
        .body
        .get(start..end)
        .is_some_and(|t| t.contains(['-', '‑']));
    let rest = v.art.body.get(end..).unwrap_or("");
    written && !rest.starts_with("-old") && !rest.starts_with("‑old")
}

/// What a compound length modifies: the stems of the one or two content
/// words right after it ("nine-hour rescue operation" → rescu, opera).
fn compound_nouns(v: &View<'_>, sent: &Sent, end: usize) -> BTreeSet<String> {
    let first = v.tok_at(end);
    v.toks[first.min(sent.last)..sent.last]
        .iter()
        .take(2)
        .take_while(|t| is_content(&t.word) && !t.quoted)
        .map(|t| stem(&t.word))
        .collect()
}

/// What a length is "of" when a noun follows it so ("six hours of debate",
/// "90 minutes of the hearing"): the noun's stem. Not a number, a pronoun
/// or a quoted word.
fn of_noun(v: &View<'_>, sent: &Sent, end: usize) -> Option<String> {
    let of = v.tok_at(end);
    if of >= sent.last || v.toks[of].word != "of" {
        return None;
    }
    let mut k = of + 1;
    if k < sent.last && matches!(v.toks[k].word.as_str(), "the" | "a" | "an") {
        k += 1;
    }
    let t = v.toks.get(k).filter(|_| k < sent.last)?;
    (is_content(&t.word) && !t.quoted).then(|| stem(&t.word))
}

/// The weekday of a time written as a bare weekday ("on Friday").
pub(crate) fn bare_weekday(text: &str, value: &TimeValue) -> Option<Weekday> {
    let lower = text.to_lowercase();
    let names = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let named = names.iter().any(|n| lower.contains(n));
    let has_digit = lower.chars().any(|c| c.is_ascii_digit());
    match value {
        TimeValue::Date(d) if named && !has_digit => Some(d.weekday()),
        _ => None,
    }
}

/// The token of the preposition a place at token `i` follows, and whether
/// it names a destination ("to", "into") rather than a location ("in",
/// "at"): right before the place, before "the", or before a settlement
/// phrase ("the Baltrosan port of", "the town of").
fn place_preposition(v: &View<'_>, sent: &Sent, i: usize) -> Option<(usize, bool)> {
    let mut k = i.checked_sub(1)?;
    if k >= sent.first && v.toks[k].word == "of" {
        // "port of", "the Baltrosan port of"
        let noun = k.checked_sub(1)?;
        if !matches!(
            v.toks[noun].word.as_str(),
            "port" | "town" | "city" | "village" | "harbour" | "harbor" | "district" | "island"
        ) {
            return None;
        }
        k = noun.checked_sub(1)?;
        if v.toks[k].word != "the" && k > sent.first {
            // one modifier: "the Baltrosan port of"
            k -= 1;
        }
    }
    if k > sent.first && v.toks[k].word == "the" {
        k -= 1;
    }
    if k < sent.first {
        return None;
    }
    match v.toks[k].word.as_str() {
        "in" | "at" => Some((k, false)),
        "to" | "into" => Some((k, true)),
        _ => None,
    }
}

/// The party a signature at token `j` is given for: "signed the agreement
/// for Corvessa", a country, government or organisation named right after
/// "for" within a few words.
fn signed_for(v: &View<'_>, sent: &Sent, j: usize) -> Option<String> {
    let last = (j + 8).min(sent.last);
    let k = (j + 1..last).find(|&k| v.toks[k].word == "for")?;
    let at = v.toks.get(k + 1)?.start;
    v.art
        .mentions
        .iter()
        .find(|m| m.start == at && matches!(m.kind, EntityKind::Country | EntityKind::Organisation))
        .map(|m| m.entity.clone())
}

/// What a rate in the figure's clause is counted per: the stem of the
/// first content word after its "per", "each" or "every" that lies outside
/// the figure ("for every year" → year, "every road contract" → road).
fn rate_unit(v: &View<'_>, sent: &Sent, start: usize, end: usize) -> Option<String> {
    // "6 cents a litre", "20 mernets a head": "a" and its noun right after
    // the figure.
    let next = v.tok_at(end);
    if next + 1 < sent.last
        && matches!(v.toks[next].word.as_str(), "a" | "an")
        && is_content(&v.toks[next + 1].word)
    {
        return Some(noun_stem(&v.toks[next + 1].word));
    }
    let (lo, hi) = crate::measure::clause(v, sent, start);
    let inside = |k: usize| v.toks[k].start >= lo && v.toks[k].start < hi;
    let outside_figure = |k: usize| v.toks[k].start < start || v.toks[k].start >= end;
    let rate = (sent.first..sent.last).find(|&k| {
        inside(k)
            && outside_figure(k)
            && matches!(v.toks[k].word.as_str(), "per" | "each" | "every")
    })?;
    (rate + 1..sent.last)
        .take(4)
        .filter(|&k| inside(k) && outside_figure(k))
        .find(|&k| is_content(&v.toks[k].word) && v.toks[k].word != "of")
        .map(|k| noun_stem(&v.toks[k].word))
}

/// The noun a sum belongs to when "of" joins them ("a compensation fund of
/// €30 million", "a fine of €2,000"): its stem.
/// Whether the part ending at byte `end` is "of the" (or of an owner's) whole
/// whose size is written with a number ("six of the nine counts", "3,800 of
/// the council's 11,200 employees"); not "three of them".
fn of_counted_whole(v: &View<'_>, sent: &Sent, end: usize) -> bool {
    let k = v.tok_at(end);
    if v.toks.get(k).is_none_or(|t| t.word != "of") {
        return false;
    }
    (k + 1..(k + 5).min(sent.last + 1)).any(|j| {
        v.toks.get(j).is_some_and(|t| {
            t.word.chars().next().is_some_and(|c| c.is_ascii_digit())
                || crosscheck_read::numbers::is_number_word(&t.word)
        })
    })
}

/// Whether the count at token `i` is said of what an owner has: a
/// possessive determiner or a possessive noun right before it ("its 640
/// employees", "the council's 11,200 employees", "the crews' 30 boats"),
/// or "of the" after a part ("three of the 12 turnstiles"). Gives the
/// owner (":council") where a noun names it, so two owners' wholes are two
/// measures; "" for a pronoun or a part's whole.
fn owned_whole(v: &View<'_>, sent: &Sent, i: usize) -> Option<String> {
    let prev = i.checked_sub(1).filter(|&k| k >= sent.first)?;
    let t = v.toks.get(prev)?;
    let text = v.art.body.get(t.start..t.end).unwrap_or("");
    let after = v.art.body.get(t.end..).unwrap_or("");
    // "three of the 12 turnstiles": the whole a part is counted out of.
    let whole_of_part = t.word == "the"
        && prev >= sent.first + 2
        && v.toks.get(prev - 1).is_some_and(|o| o.word == "of");
    if whole_of_part {
        return Some(String::new());
    }
    // "Orlenza Foods lodged an appeal against its 81 million mernet fine":
    // the whole is the last person's or organisation's named before it.
    if matches!(t.word.as_str(), "its" | "their" | "his" | "her" | "our") {
        let owner = named_doer_before(v, sent, prev);
        return Some(owner.map_or_else(String::new, |e| format!(":{e}")));
    }
    let possessive = ["'s", "’s", "s'", "s’"].iter().any(|p| text.ends_with(p))
        || ["'s ", "’s ", "' ", "’ "]
            .iter()
            .any(|p| after.starts_with(p));
    possessive.then(|| format!(":{}", stem(&t.word)))
}

/// The person or organisation named last before token `at` in its
/// sentence: the doer, or the owner of the thing that acts, of the act
/// there.
fn named_doer_before<'a>(v: &View<'a>, sent: &Sent, at: usize) -> Option<&'a str> {
    let before = v.toks.get(at)?.start;
    v.art
        .mentions
        .iter()
        .filter(|m| m.start >= sent.start && m.end <= before)
        .rfind(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organisation))
        .map(|m| m.entity.as_str())
}

fn sum_owner(v: &View<'_>, i: usize) -> Option<String> {
    let of = i.checked_sub(1)?;
    if v.toks.get(of)?.word != "of" {
        return None;
    }
    let t = v.toks.get(of.checked_sub(1)?)?;
    let text = v.art.body.get(t.start..t.end)?;
    let name = text.chars().next().is_some_and(char::is_uppercase);
    (!name && !t.quoted && is_content(&t.word)).then(|| stem(&t.word))
}

/// The act of a "when" clause right after a time (", when the first guests
/// were taken ill"), in the clause's words up to its first comma or its
/// eighth word, with what it is said of (its context words, or the subject
/// set of a closed act). `after` is the token after the time.
fn when_clause_act(
    v: &View<'_>,
    sent: &Sent,
    after: usize,
) -> Option<(String, BTreeSet<String>, Option<String>)> {
    // The day after a clock may stand between ("at 1.40am on Sunday, when").
    let after = (after..(after + 5).min(sent.last)).find(|&k| {
        v.toks[k].word == "when"
            && (after..k).all(|j| {
                let w = v.toks[j].word.as_str();
                matches!(
                    w,
                    "on" | "the" | "of" | "morning" | "afternoon" | "evening" | "night"
                ) || w.parse::<Weekday>().is_ok()
                    || w.bytes().all(|b| b.is_ascii_digit())
            })
    })?;
    let when = v.toks.get(after)?;
    let body = v.art.body.as_str();
    let before = v.toks.get(after.checked_sub(1)?)?;
    if body.get(before.end..when.start)?.trim() != "," {
        return None;
    }
    let last = (after + 9).min(sent.last);
    let stop = (after + 2..last)
        .find(|&k| {
            body.get(v.toks[k - 1].end..v.toks[k].start)
                .is_some_and(|gap| gap.contains([',', ';', '.', '(']))
        })
        .unwrap_or(last);
    // The clause's first act word, or the first open-class one.
    let (act, at) = (after + 1..stop)
        .find_map(|k| {
            let next = v.toks.get(k + 1).map(|n| n.word.as_str());
            action_class(&v.toks[k].word, next).map(|c| (c.to_owned(), k))
        })
        .or_else(|| (after + 1..stop).find_map(|k| open_act(v, sent, k).map(|a| (a, k))))?;
    // Said of what, as for the act the time is bound to: the words around
    // an open-class act, the subject of a closed one.
    Some(match act.strip_prefix(OPEN_ACT) {
        Some(verb) => {
            let around = context(v, sent, at, stop, &[verb.to_owned()]);
            (act, around, None)
        }
        None => {
            let subject = act_subject(v, sent, at).map(|w| format!("subject:{w}"));
            (act, BTreeSet::new(), subject)
        }
    })
}
