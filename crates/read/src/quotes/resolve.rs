//! Subject references resolved to speakers.
//!
//! A name is its own speaker. "he"/"she" is the person opening its clause
//! (or, when its sentence names nobody before it, the sentence before),
//! else the most recent person named before it (outside quotation marks),
//! never one an honorific gives the other sex; given as that person's full
//! mention.
//! A title alone ("the minister") is the most recent person introduced with
//! that title; a specific title ("Pakistan's information minister") with no
//! earlier holder may point forward to the person named with it. "they" is
//! the most recent group that spoke, "it" the most recent non-person name in
//! its sentence. Anything else is `None`: never guessed.

use super::attrib::{Attr, Ref};
use super::lexicon::{is_in, is_role, DOCUMENT_NOUNS, NON_PERSON, TIME_WORDS, TITLE_REF};
use super::names::{Kind, Mention};
use super::{Ctx, Speaker, SpeakerLink};

/// How many sentences back a person known to fit a pronoun is preferred
/// over a nearer person of unknown sex (a short scene: a family named in
/// one paragraph and quoted in the next).
const KNOWN_SEX_SENTENCES: usize = 5;

/// How far forward a specific title may look for its holder (bytes).
const FORWARD: usize = 1500;

/// The speaker a reference stands for, or `None`.
pub(crate) fn resolve(ctx: &Ctx, r: &Ref, quote_start: usize, attrs: &[Attr]) -> Option<Speaker> {
    match r {
        Ref::Mention(i) => {
            let m = ctx.mentions.get(*i)?;
            let how = if m.start > quote_start {
                SpeakerLink::NameAfter
            } else {
                SpeakerLink::NameBefore
            };
            Some(ctx.speaker(m.start, m.end, how))
        }
        // A pronoun after reported content ("…, she added") refers to
        // someone named before that content.
        Ref::Pronoun { at, word } => pronoun(ctx, (*at).min(quote_start), word, attrs),
        Ref::Title { start, end, words } => {
            // "A Kestrair spokeswoman said": an indefinite title is someone
            // new, never a person named before.
            if is_indefinite(ctx, *start, *end) {
                return spokesperson_of(ctx, *start, *end);
            }
            title(ctx, *start, *end, words).or_else(|| spokesperson_of(ctx, *start, *end))
        }
        Ref::Group {
            start,
            end,
            identified,
        } => {
            if !identified {
                return spokesperson_of(ctx, *start, *end);
            }
            let (start, end) = named_institution(ctx, *start, *end)
                .or_else(|| organisation_within(ctx, *start, *end))
                .unwrap_or((*start, *end));
            Some(ctx.speaker(start, end, SpeakerLink::Group))
        }
        // A document speaks for its owner when the owner resolves ("Its
        // charge sheet says", "it" known), else for itself.
        Ref::Document { start, end, owner } => owner
            .as_ref()
            .filter(|o| !unnamed_institution(ctx, o))
            .and_then(|o| {
                // "The Directorate stopped 63 shipments, according to its
                // own figures": a thing's "its" may be the subject of the
                // words reported before it, unlike "he" or "she".
                let own = matches!(o.as_ref(), Ref::Pronoun { word, .. } if word == "its");
                resolve(ctx, o, if own { *end } else { quote_start }, attrs)
            })
            .map(|mut s| {
                s.how = SpeakerLink::Document;
                s
            })
            .or_else(|| {
                owner
                    .is_none()
                    .then(|| issuer_before(ctx, *start, *end, quote_start, attrs))
                    .flatten()
            })
            .or_else(|| {
                // An owner that resolves to no one is the speaker as the
                // report writes it ("the ministry's statement said": the
                // ministry, whose statement it is); a pronoun is never (a
                // name always resolves), and a document with no owner
                // speaks for itself ("the joint statement").
                let (from, to) = match owner.as_deref() {
                    Some(
                        Ref::Title {
                            start: o, end: e, ..
                        }
                        | Ref::Group {
                            start: o, end: e, ..
                        },
                    ) => (*o, *e),
                    _ => (*start, *end),
                };
                Some(ctx.speaker(from, to, SpeakerLink::Document))
            }),
    }
}

/// How many sentences back "the statement" looks for whose it is.
const ISSUER_REACH: usize = 2;

/// Whose "the statement" is: the speaker of an attribution a sentence or
/// two before, in the same paragraph, that said it in one ("the
/// confederation said in a statement. “…,” the statement said" → the
/// confederation). Only a document with "the" and no owner of its own.
fn issuer_before(
    ctx: &Ctx,
    start: usize,
    end: usize,
    quote_start: usize,
    attrs: &[Attr],
) -> Option<Speaker> {
    let body = ctx.body;
    let noun = body.get(start..end)?.trim().to_lowercase();
    if noun.contains(' ')
        || !body
            .get(..start)?
            .trim_end()
            .to_lowercase()
            .ends_with("the")
    {
        return None;
    }
    let si = ctx.sentence_at(start)?;
    attrs
        .iter()
        .rev()
        .filter(|a| a.verb_end <= start && a.sentence + ISSUER_REACH >= si)
        .filter(|a| !body[a.verb_end..start].contains("\n\n"))
        .find_map(|a| {
            let after = body.get(a.verb_end..)?.trim_start().to_lowercase();
            let said_in = [
                "in a ",
                "in an ",
                "in its ",
                "in their ",
                "in his ",
                "in her ",
            ]
            .iter()
            .any(|p| {
                after.strip_prefix(p).is_some_and(|r| {
                    r.starts_with(&noun) && !r[noun.len()..].starts_with(char::is_alphabetic)
                })
            });
            if !said_in {
                return None;
            }
            let r = a.subject.as_ref()?;
            if matches!(r, Ref::Document { .. }) {
                return None;
            }
            resolve(ctx, r, quote_start, attrs).map(|mut s| {
                s.how = SpeakerLink::Document;
                s
            })
        })
}

fn pronoun(ctx: &Ctx, at: usize, word: &str, attrs: &[Attr]) -> Option<Speaker> {
    match word {
        "he" | "she" => {
            if let Some(s) = indefinite_speaker_before(ctx, at, word == "she", attrs)
                .or_else(|| titled_speaker_before(ctx, at, attrs))
            {
                return Some(s);
            }
            let m = person_for(ctx, at, word == "she")?;
            let full = ctx.mentions.get(m.full).unwrap_or(m);
            Some(ctx.speaker(full.start, full.end, SpeakerLink::Pronoun))
        }
        "they" | "we" => {
            let group = attrs.iter().rev().find_map(|a| match &a.subject {
                Some(Ref::Group {
                    start,
                    end,
                    identified,
                }) if *end <= at => Some((*start, *end, *identified)),
                _ => None,
            })?;
            group
                .2
                .then(|| ctx.speaker(group.0, group.1, SpeakerLink::Pronoun))
        }
        "it" | "its" => {
            let si = ctx.sentence_at(at)?;
            let s0 = ctx.sentences.get(si)?.start;
            let name = |m: &&Mention| {
                m.kind == Kind::Name
                    && !m.possessive
                    && !ctx.in_mark(m.start)
                    && !is_in(TIME_WORDS, &ctx.body[m.start..m.end])
                    && !crate::times::is_time_zone(&ctx.body[m.start..m.end])
            };
            let m = ctx
                .mentions
                .iter()
                .rev()
                .filter(name)
                .find(|m| m.end <= at && m.lead >= s0)
                .or_else(|| {
                    // "Merrowgate has issued a statement. The company "…",
                    // it says": the name opening the sentence before.
                    let prev = ctx.sentences.get(si.checked_sub(1)?)?;
                    ctx.mentions.iter().filter(name).find(|m| {
                        m.lead >= prev.start
                            && m.end <= prev.end
                            && !ctx
                                .body
                                .get(prev.start..m.lead)
                                .unwrap_or("x")
                                .chars()
                                .any(char::is_lowercase)
                    })
                });
            match m {
                Some(m) => Some(ctx.speaker(m.start, m.end, SpeakerLink::Pronoun)),
                // A document's owner ("Its charge sheet") is never the
                // thing that spoke before.
                None if word == "it" => thing_that_spoke_before(ctx, si, attrs),
                None => institution_opening(ctx, s0, at),
            }
        }
        _ => None,
    }
}

/// "The institute received the memo on February 12, according to its
/// statement": a sentence opening with "The" and an institution's noun,
/// named before ("the Tyrmark Polar Institute"), owns the "its" after it.
fn institution_opening(ctx: &Ctx, s0: usize, at: usize) -> Option<Speaker> {
    let text = ctx.body.get(s0..at)?;
    let rest = text.strip_prefix("The ")?;
    let noun_len = rest.find(' ')?;
    let start = s0 + "The ".len();
    let (from, to) = named_institution(ctx, start, start + noun_len)?;
    Some(ctx.speaker(from, to, SpeakerLink::Pronoun))
}

/// "A Kestrair spokeswoman said …. "…," she told the Hlas": a pronoun
/// right after an unnamed speaker written with a gendered title (the last
/// attribution before it, in its sentence or the one before, with no person
/// named between) is that speaker again.
fn indefinite_speaker_before(ctx: &Ctx, at: usize, she: bool, attrs: &[Attr]) -> Option<Speaker> {
    let si = ctx.sentence_at(at)?;
    // The last titled speaker there; a body named inside her words ("said
    // the airline had asked …") does not stand between.
    let (start, end) = attrs
        .iter()
        .rev()
        .filter(|a| a.verb_end <= at && a.sentence + 1 >= si)
        .find_map(|a| match &a.subject {
            Some(Ref::Title { start, end, .. }) => Some(Some((start, end))),
            Some(Ref::Group { .. } | Ref::Document { .. }) => None,
            _ => Some(None),
        })??;
    let phrase = ctx.body.get(*start..*end)?.to_lowercase();
    let indefinite = is_indefinite(ctx, *start, *end);
    let last = phrase.split_whitespace().last().unwrap_or("");
    let gender_fits = if she {
        matches!(
            last,
            "spokeswoman" | "chairwoman" | "businesswoman" | "policewoman"
        )
    } else {
        matches!(last, "spokesman" | "chairman" | "businessman" | "policeman")
    };
    let named_between = ctx
        .mentions
        .iter()
        .any(|m| m.kind == Kind::Person && m.start >= *end && m.end <= at && !ctx.in_mark(m.start));
    if !indefinite || !gender_fits || named_between {
        return None;
    }
    spokesperson_of(ctx, *start, *end)
}

/// Whether the phrase at `start..end` opens with "a" or "an" ("A
/// Kestrair spokeswoman"): someone not named before.
fn is_indefinite(ctx: &Ctx, start: usize, end: usize) -> bool {
    ctx.body.get(start..end).is_some_and(|t| {
        let t = t.to_lowercase();
        t.starts_with("a ") || t.starts_with("an ")
    })
}

/// "The airports closed at 02:00, the minister said. She said that …": a
/// pronoun opening its sentence continues the speaker of the sentence
/// before when that speaker is written by a title alone ("the minister")
/// and no named person speaks there: the title's holder.
fn titled_speaker_before(ctx: &Ctx, at: usize, attrs: &[Attr]) -> Option<Speaker> {
    let si = ctx.sentence_at(at)?;
    let here = ctx.sentences.get(si)?;
    if !ctx.body.get(here.start..at)?.trim().is_empty() {
        return None;
    }
    let prev = si.checked_sub(1)?;
    let before: Vec<&Attr> = attrs.iter().filter(|a| a.sentence == prev).collect();
    let [a] = before.as_slice() else {
        return None;
    };
    let Some(Ref::Title { start, end, words }) = &a.subject else {
        return None;
    };
    let definite = ctx
        .body
        .get(*start..*end)
        .is_some_and(|t| t.to_lowercase().starts_with("the "));
    definite.then(|| title(ctx, *start, *end, words)).flatten()
}

/// Whether a document's owner is an institution written as a common noun
/// that the report names nowhere ("the regulator's statement" with no
/// "… Regulator" before it): such an owner resolves to no one.
fn unnamed_institution(ctx: &Ctx, owner: &Ref) -> bool {
    match owner {
        Ref::Group {
            start,
            end,
            identified: true,
        } => {
            named_institution(ctx, *start, *end).is_none()
                && organisation_within(ctx, *start, *end).is_none()
                && ctx
                    .body
                    .get(*start..*end)
                    .is_some_and(|t| t.starts_with(char::is_lowercase))
        }
        _ => false,
    }
}

/// "It added that …" with no name before it: the document or named group
/// that spoke in the sentence before ("The regulator's statement said …
/// It added …").
fn thing_that_spoke_before(ctx: &Ctx, si: usize, attrs: &[Attr]) -> Option<Speaker> {
    let prev = si.checked_sub(1)?;
    let spoke = attrs.iter().rev().find(|a| {
        a.sentence == prev
            && matches!(
                a.subject,
                Some(
                    Ref::Document { .. }
                        | Ref::Group {
                            identified: true,
                            ..
                        }
                )
            )
    });
    let Some(a) = spoke else {
        return document_opening(ctx, prev, attrs);
    };
    let subject = a.subject.as_ref()?;
    let mut speaker = resolve(ctx, subject, a.verb_start, attrs)?;
    speaker.how = SpeakerLink::Pronoun;
    Some(speaker)
}

/// "A joint statement issued yesterday … was more cautious. …, it said":
/// the document a sentence opens with ("A"/"The"/"Its", at most two
/// modifiers, a document noun) is what "it" says in the next.
fn document_opening(ctx: &Ctx, si: usize, attrs: &[Attr]) -> Option<Speaker> {
    let s0 = ctx.sentences.get(si)?.start;
    let text = ctx.body.get(s0..ctx.sentences.get(si)?.end)?;
    let mut at = 0;
    let mut words = Vec::new();
    for w in text.split(' ').take(4) {
        words.push((at, w));
        at += w.len() + 1;
    }
    let (first, rest) = words.split_first()?;
    if !matches!(first.1, "A" | "An" | "The" | "Its" | "Their") {
        return None;
    }
    let (noun_at, noun) = rest
        .iter()
        .take(3)
        .find(|(_, w)| is_in(DOCUMENT_NOUNS, w))?;
    let between_plain = rest
        .iter()
        .take_while(|(a, _)| a < noun_at)
        .all(|(_, w)| w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()));
    if !between_plain {
        return None;
    }
    let (doc, _) = super::phrases::document(ctx, s0, s0 + noun_at, s0 + noun_at + noun.len());
    let mut speaker = resolve(ctx, &doc, s0 + noun_at, attrs)?;
    speaker.how = SpeakerLink::Pronoun;
    Some(speaker)
}

/// The person "he" or "she" at `at` stands for: the subject of its clause
/// (see [`subject_antecedent`]), else the most recent person, preferring
/// one who is not a mere possessive ("read out Dask's statement, he
/// said"), never someone an honorific says is of the other sex.
pub(crate) fn person_for<'m>(ctx: &'m Ctx<'_>, at: usize, female: bool) -> Option<&'m Mention> {
    if unnamed_antecedent(ctx, at) {
        return None;
    }
    let person = |m: &&Mention| {
        let full = ctx.mentions.get(m.full).unwrap_or(m);
        m.kind == Kind::Person
            && m.end <= at
            && !ctx.in_mark(m.start)
            && full.female.or(m.female).is_none_or(|f| f == female)
    };
    let nearest = ctx
        .mentions
        .iter()
        .rev()
        .filter(person)
        .find(|m| !m.possessive)
        .or_else(|| ctx.mentions.iter().rev().find(person))?;
    Some(
        subject_antecedent(ctx, at, female, &person)
            .or_else(|| recent_speaker(ctx, at, &person))
            .or_else(|| known_sex(ctx, at, nearest, female))
            .unwrap_or(nearest),
    )
}

/// The person who spoke in the sentence before `at`'s, as the subject of a
/// speech verb ("museum director Renée Castaigne told reporters alongside
/// Culture Minister Ragnhild Selander. She said …" → Castaigne) or right
/// after one ("…, said Hester Vantreight"): a pronoun opening the next
/// sentence continues with the speaker, not with a person named beside.
fn recent_speaker<'m>(
    ctx: &'m Ctx<'_>,
    at: usize,
    person: &dyn Fn(&&Mention) -> bool,
) -> Option<&'m Mention> {
    let si = ctx.sentence_at(at)?;
    let prev = ctx.sentences.get(si.checked_sub(1)?)?;
    let here = ctx.sentences.get(si)?;
    // Only for a pronoun opening its sentence's speech ("She said …").
    let lead = ctx.body.get(here.start..at)?.trim();
    if !lead.is_empty() {
        return None;
    }
    let spoke = |m: &Mention| {
        let after = ctx
            .body
            .get(m.end..)
            .unwrap_or("")
            .trim_start()
            .to_lowercase();
        let verb_after = ["said", "says", "told", "added"]
            .iter()
            .any(|v| after.starts_with(&format!("{v} ")) || after.starts_with(&format!("{v},")));
        verb_after || just_spoke(ctx, at, m)
    };
    let speakers: Vec<&Mention> = ctx
        .mentions
        .iter()
        .filter(|m| m.lead >= prev.start && m.end <= prev.end && !m.possessive)
        .filter(|m| person(m) && spoke(m))
        .collect();
    match speakers.as_slice() {
        [one] => Some(ctx.mentions.get(one.full).unwrap_or(one)),
        _ => None,
    }
}

/// The subject of the pronoun's clause, preferred over a person merely
/// mentioned later in it ("Vass said she had spoken to Lunqvist … She
/// said" → Vass): the person opening the pronoun's own sentence (or set up
/// as its topic: "For Vass, …"), or, when
/// that sentence names nobody before the pronoun, the person opening the
/// sentence before. A sentence before that opens with the same pronoun
/// carries its person on ("She thanked Marrenbeck by name. “…,” she
/// said": the first "she"'s person, not Marrenbeck). `None` leaves the
/// nearest person.
fn subject_antecedent<'m>(
    ctx: &'m Ctx,
    at: usize,
    female: bool,
    fits: &dyn Fn(&&super::names::Mention) -> bool,
) -> Option<&'m super::names::Mention> {
    let si = ctx.sentence_at(at)?;
    let opening = |si: usize| -> Option<&'m super::names::Mention> {
        let s0 = subject_start(ctx, ctx.sentences.get(si)?.start, at);
        let pronoun = if female { "She " } else { "He " };
        if s0 < at && ctx.body.get(s0..).is_some_and(|t| t.starts_with(pronoun)) {
            return person_for(ctx, s0, female);
        }
        // "Instead she has spent …": a sentence adverb before the pronoun.
        let pronoun = if female { "she " } else { "he " };
        if let Some(adverb) = ctx.body.get(s0..at).and_then(|t| t.split(' ').next()) {
            let after = s0 + adverb.len() + 1;
            let adverb = adverb.trim_end_matches(',');
            if SENTENCE_ADVERBS.contains(&adverb)
                && after < at
                && ctx
                    .body
                    .get(after..)
                    .is_some_and(|t| t.starts_with(pronoun))
            {
                return person_for(ctx, after, female);
            }
        }
        let first = ctx.mentions.partition_point(|m| m.lead < s0);
        let i = first;
        // "Sternov's boss Bedrich Svehlik insisted …": an owner before a
        // role describes the person named after them.
        // "Rennet & Vyle project director Jowan Gauldie said": an
        // organisation before a role does too.
        let i = match (ctx.mentions.get(i), ctx.mentions.get(i + 1)) {
            (Some(owner), Some(next))
                if owner.possessive
                    && next.kind == Kind::Person
                    && ctx.body.get(s0..next.lead).is_some_and(descriptor) =>
            {
                i + 1
            }
            // A single capitalised word opening the sentence may be a
            // common noun ("Waterworks director …"): only a name of
            // several words is surely an organisation's.
            (Some(owner), Some(_))
                if owner.kind != Kind::Person
                    && owner.lead == s0
                    && ctx
                        .body
                        .get(owner.start..owner.end)
                        .is_some_and(|t| t.contains(' ')) =>
            {
                super::subject::person_after_role(ctx, i, at).unwrap_or(i)
            }
            // "Opposition transport spokeswoman Tansy Nettlefold said": a
            // single word capitalised by its place, then lowercase role
            // words, then the person they describe.
            // A club's one-word name read as a surname ("Harriers chief
            // executive Maja Ekerholt") is such a word when a role follows.
            (Some(word), Some(next))
                if (word.kind != Kind::Person
                    || ctx.body.get(word.end..next.lead).is_some_and(|gap| {
                        gap.split_whitespace().any(super::lexicon::is_role)
                    }))
                    && word.lead == s0
                    && next.kind == Kind::Person
                    && ctx
                        .body
                        .get(word.start..word.end)
                        .is_some_and(|t| !t.contains(' '))
                    && ctx.body.get(word.end..next.lead).is_some_and(|gap| {
                        let gap = gap.trim();
                        !gap.is_empty()
                            && gap
                                .split(' ')
                                .all(|w| !w.is_empty() && w.chars().all(char::is_lowercase))
                    })
                    // Not when a clause of its own follows ("…, and the
                    // regional governor, Orsolya Sorrell, issued …"): its
                    // subject may be the one meant.
                    && ctx
                        .sentences
                        .get(si)
                        .and_then(|s| ctx.body.get(next.end..s.end))
                        .is_some_and(|rest| !rest.contains(", and ")) =>
            {
                i + 1
            }
            _ => i,
        };
        let after_role = ctx
            .mentions
            .get(first)
            .is_some_and(|owner| i > first && owner.kind != Kind::Person);
        if let Some(m) = ctx.mentions.get(i) {
            let before = ctx.body.get(s0..m.lead)?;
            // "But the observatory's director, Dr Orla Holtby, warned": a
            // conjunction opening the sentence is no part of its subject.
            let before = ["But ", "And ", "Yet ", "So "]
                .iter()
                .find_map(|c| before.strip_prefix(c))
                .unwrap_or(before);
            // "For Wilma Aldeman, the worst part is not knowing": a person
            // set up front as the topic is who the sentence is about.
            let topic = matches!(before, "For " | "To ")
                && ctx.body.get(m.end..).is_some_and(|a| a.starts_with(','));
            if (before.trim().is_empty()
                || topic
                || after_role
                || role_apposed(before)
                || descriptor(before))
                && m.end <= at
                && !m.possessive
            {
                // "Cordelia Pettifer asks Faircloth whether she will
                // resign. "Not today," she replies": the one asked answers.
                let asked = ctx
                    .body
                    .get(m.end..)
                    .is_some_and(|t| t.starts_with(" asks ") || t.starts_with(" asked "));
                if asked {
                    let next = ctx.mentions.get(i + 1).filter(|n| {
                        n.kind == Kind::Person
                            && n.end <= at
                            && ctx
                                .body
                                .get(m.end..n.lead)
                                .is_some_and(|g| matches!(g.trim(), "asks" | "asked"))
                    });
                    if let Some(n) = next {
                        return fits(&n).then(|| ctx.mentions.get(n.full).unwrap_or(n));
                    }
                }
                if fits(&m) {
                    return Some(m);
                }
            }
        }
        // "the minister paused": the holder of the title.
        let c = TITLE_REF.captures(ctx.body.get(s0..at)?)?;
        let (all, g) = (c.get(0)?, c.get(1)?);
        let the = ctx.body.get(s0..s0 + all.start())?.trim().is_empty()
            && all.as_str().get(..4)?.eq_ignore_ascii_case("the ");
        let words = super::subject::title_words(g.as_str());
        the.then(|| holder_before(ctx, s0, &words))
            .flatten()
            .filter(|m| fits(m))
    };
    if let Some(m) = opening(si) {
        return Some(m);
    }
    let s0 = ctx.sentences.get(si)?.start;
    // "Asked by the opposition's Ursula Wetherell whether he would
    // apologise, he says": the one asking is no antecedent of the answer's
    // pronoun.
    let asked_clause_end = ctx
        .body
        .get(s0..at)
        .filter(|t| t.starts_with("Asked ") || t.starts_with("When asked "))
        .and_then(|t| t.find(", "))
        .map_or(s0, |comma| s0 + comma);
    let named_here = ctx.mentions.iter().any(|m| {
        m.lead >= asked_clause_end && m.end <= at && m.kind == Kind::Person && !ctx.in_mark(m.start)
    });
    if named_here {
        return None;
    }
    let prev = si.checked_sub(1)?;
    opening(prev).or_else(|| {
        // "Owain was guided through … by Kedzierski. The dive took 40
        // minutes. "…," he said": a sentence that names no one does not
        // break the thread; the subject before it still holds.
        let p = ctx.sentences.get(prev)?;
        let names_someone = ctx
            .mentions
            .iter()
            .any(|m| m.kind == Kind::Person && m.lead >= p.start && m.end <= p.end);
        if names_someone {
            return None;
        }
        opening(prev.checked_sub(1)?)
    })
}

/// Adverbs that may open a sentence before its pronoun subject ("Instead
/// she has spent …", "Later, he said …").
const SENTENCE_ADVERBS: &[&str] = &[
    "Instead",
    "Then",
    "Now",
    "Later",
    "Still",
    "Yet",
    "But",
    "And",
    "So",
    "Today",
    "Yesterday",
    "Afterwards",
    "Meanwhile",
    "Since",
];

/// Whether `before`, the words opening a sentence up to a name, describe
/// the person named right after them ("Head keeper Lemuel Ashby, 58, …",
/// "Zoo boss Dr Philomena Quarterman admitted", "Sternov's boss Bedrich
/// Svehlik insisted"): one to three words with
/// no punctuation, the first capitalised and no preposition or
/// subordinator ("After Ashby left, …"), the others lower case.
fn descriptor(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    // "Sternov's boss": an owner may open it.
    let stem = first
        .strip_suffix("'s")
        .or_else(|| first.strip_suffix("’s"))
        .unwrap_or(first);
    words.len() <= 3
        && before.ends_with(' ')
        && first.starts_with(char::is_uppercase)
        && stem.chars().all(char::is_alphabetic)
        && !OPENING_LINKS.contains(first)
        && rest
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() && c.is_alphabetic()))
}

/// Words opening a sentence that tie the name after them to another
/// clause: prepositions, subordinators, adverbs.
const OPENING_LINKS: &[&str] = &[
    "After",
    "Before",
    "When",
    "While",
    "Whilst",
    "Unlike",
    "With",
    "Without",
    "Like",
    "As",
    "Since",
    "Although",
    "Though",
    "If",
    "Unless",
    "Because",
    "Until",
    "Despite",
    "Against",
    "Between",
    "Beside",
    "Behind",
    "Near",
    "In",
    "At",
    "On",
    "From",
    "By",
    "Of",
    "Under",
    "Over",
    "Once",
    "Whether",
    "Where",
    "Then",
    "Now",
    "Later",
    "Earlier",
    "Meanwhile",
    "Yesterday",
    "Today",
    "Also",
    "Only",
    "Even",
    "Not",
    "Asked",
    "According",
    "Thanks",
    "Through",
    "During",
    "Among",
    "Amid",
    "Following",
    "Besides",
    "Including",
    "Except",
    "Toward",
    "Towards",
    "Upon",
    "Within",
    "Across",
    "Around",
    "About",
    "Above",
    "Below",
];

/// Whether `before`, the words opening a sentence up to a name, is a role
/// set before the name it is apposed to ("Its chair, Henrietta Ormsby,
/// said"; "The company's founder, …"): a determiner or a possessive, at
/// most four words, then a comma.
fn role_apposed(before: &str) -> bool {
    let Some(head) = before.strip_suffix(", ") else {
        return false;
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let determiner = matches!(
        *first,
        "Its" | "His" | "Her" | "Their" | "The" | "Our" | "the"
    ) || first.ends_with("'s")
        || first.ends_with("’s");
    determiner
        && words.len() <= 4
        && !head.contains(['"', '“', '”', ','])
        && words.iter().skip(1).all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '’' || c == '-')
        })
}

/// Whether the pronoun at `at` stands for a person the report does not
/// name: its sentence names nobody before it, and the sentence before
/// opens with an unnamed someone ("One lorry driver, who did not want to
/// be named, had waited since dawn. “…,” he said") and names no person.
fn unnamed_antecedent(ctx: &Ctx, at: usize) -> bool {
    let Some(si) = ctx.sentence_at(at) else {
        return false;
    };
    let Some(here) = ctx.sentences.get(si) else {
        return false;
    };
    let person_in = |a: usize, b: usize| {
        ctx.mentions
            .iter()
            .any(|m| m.kind == Kind::Person && m.start >= a && m.end <= b && !ctx.in_mark(m.start))
    };
    if person_in(here.start, at) {
        return false;
    }
    let Some(prev) = si.checked_sub(1).and_then(|i| ctx.sentences.get(i)) else {
        return false;
    };
    let text = ctx
        .body
        .get(prev.start..prev.end)
        .unwrap_or("")
        .trim_start();
    let mut words = text.split_whitespace();
    let opener = words.next().unwrap_or("");
    let noun = words.next().unwrap_or("");
    matches!(opener, "One" | "A" | "An" | "Another")
        && noun.starts_with(char::is_lowercase)
        && !person_in(prev.start, prev.end)
}

/// When the nearest person's sex is unknown, the latest person known to be
/// of the pronoun's sex named in this or the five sentences before ("Greta
/// … wrote to Prime Minister Kostin. “…,” she said", Greta known female).
fn known_sex<'m>(ctx: &'m Ctx, at: usize, nearest: &Mention, female: bool) -> Option<&'m Mention> {
    let sex = |m: &Mention| ctx.mentions.get(m.full).unwrap_or(m).female.or(m.female);
    if sex(nearest).is_some() || just_spoke(ctx, at, nearest) {
        return None;
    }
    let si = ctx.sentence_at(at)?;
    let from = ctx
        .sentences
        .get(si.saturating_sub(KNOWN_SEX_SENTENCES))?
        .start;
    ctx.mentions.iter().rev().find(|m| {
        m.kind == Kind::Person
            && m.lead >= from
            && m.end <= at
            && !m.possessive
            && !ctx.in_mark(m.start)
            && sex(m) == Some(female)
    })
}

/// Whether `m` was just given as a speaker, right after a speech verb in
/// the sentence before `at`'s or in its own ("…, said Hester Vantreight,
/// who runs the bakery. “…,” she said"): the pronoun continues with her.
fn just_spoke(ctx: &Ctx, at: usize, m: &Mention) -> bool {
    let (Some(here), Some(there)) = (ctx.sentence_at(at), ctx.sentence_at(m.lead)) else {
        return false;
    };
    let before = ctx
        .body
        .get(..m.lead)
        .unwrap_or("")
        .trim_end()
        .to_lowercase();
    let inverted = ["said", "says", "added", "told", "explained", "recalled"]
        .iter()
        .any(|v| before.ends_with(&format!(" {v}")) || before.ends_with(&format!(",{v}")));
    // "…, according to her pilot, Zbynek Simunek, who …": the source of
    // the clause before spoke it.
    let words: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    let according = words
        .iter()
        .position(|w| *w == "to")
        .is_some_and(|k| words.get(k + 1) == Some(&"according"));
    (inverted || according) && here.saturating_sub(there) <= 1
}

/// Where the subject of a sentence starting at `s0` begins: after an
/// opening participle clause ("Asked by presenter X whether …, the
/// minister paused") or a short phrase of time or place ("On Tuesday
/// night, Khawaja Asif told …"), else at the sentence's first word.
fn subject_start(ctx: &Ctx, s0: usize, at: usize) -> usize {
    let Some(text) = ctx.body.get(s0..at.max(s0)) else {
        return s0;
    };
    let lead = text.len() - text.trim_start().len();
    let first = text[lead..]
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let participle = first.chars().next().is_some_and(char::is_uppercase)
        && first.len() > 4
        && (first.ends_with("ed") || first.ends_with("ing"));
    // "On Tuesday night, Khawaja Asif …", "In Lunmar, the minister …": a
    // short phrase of time or place before the subject.
    let adverbial = matches!(
        first,
        "On" | "In"
            | "At"
            | "After"
            | "Before"
            | "During"
            | "Since"
            | "Late"
            | "Earlier"
            | "Later"
            | "Early"
            | "Last"
            | "Overnight"
            | "Yesterday"
            | "Today"
    ) && text.find(", ").is_some_and(|c| {
        let phrase = &text[lead..c];
        phrase.split_whitespace().count() <= 6 && !phrase.contains(['"', '“', '”'])
    });
    match text.find(", ") {
        Some(c) if participle || adverbial => {
            let rest = &text[c + 2..];
            s0 + c + 2 + (rest.len() - rest.trim_start().len())
        }
        _ => s0 + lead,
    }
}

/// The latest person before `start` whose title fits `words`.
fn holder_before<'m>(ctx: &'m Ctx, start: usize, words: &[String]) -> Option<&'m Mention> {
    ctx.mentions
        .iter()
        .rev()
        .find(|m| m.end <= start && holds(ctx, m, words))
}

/// True when `m` is a person outside quotation marks whose title (or its
/// full mention's) fits `words`.
fn holds(ctx: &Ctx, m: &Mention, words: &[String]) -> bool {
    let t = m
        .title
        .as_deref()
        .or_else(|| ctx.mentions.get(m.full).and_then(|f| f.title.as_deref()));
    // "Jury chairman Mircea Barsan … The chairman said": lowercase role
    // words right before a name with no title.
    let before = || {
        t.is_none()
            .then(|| super::names::role_before(ctx.body, m.lead))
            .flatten()
            .is_some_and(|r| title_fits(&r, words))
    };
    m.kind == Kind::Person
        && !ctx.in_mark(m.start)
        && (t.is_some_and(|t| title_fits(t, words)) || before())
}

/// True when a person's title holds the reference's role and modifiers.
fn title_fits(person_title: &str, words: &[String]) -> bool {
    let have: Vec<String> = super::subject::title_words(person_title);
    let role: Vec<&String> = words.iter().filter(|w| is_role(w)).collect();
    if role.is_empty() {
        return false;
    }
    let cabinet_secretary = is_cabinet_secretary(&have);
    words.iter().all(|w| {
        have.iter()
            .any(|h| h == w || same_spelling(h, w) || same_office(h, w))
            || (w == "minister" && cabinet_secretary)
    })
}

/// "the judge" for a "Justice" (a higher court's judge is styled so).
fn same_office(have: &str, word: &str) -> bool {
    matches!((have, word), ("justice", "judge"))
}

/// A secretary who heads a ministry ("Transport Secretary", "Secretary of
/// State"), whom reporters also call "the minister"; not a union's general
/// secretary, a press secretary or a company secretary.
fn is_cabinet_secretary(title_words: &[String]) -> bool {
    const OTHER_SECRETARIES: &[&str] = &[
        "general",
        "press",
        "permanent",
        "private",
        "party",
        "company",
        "executive",
        "parliamentary",
        "assistant",
        "deputy",
        "union",
    ];
    title_words.iter().any(|w| w == "secretary")
        && title_words.len() >= 2
        && !title_words
            .iter()
            .any(|w| OTHER_SECRETARIES.contains(&w.as_str()))
}

/// "defence" and "defense".
fn same_spelling(a: &str, b: &str) -> bool {
    a.replace("ence", "ense") == b.replace("ence", "ense")
}

fn title(ctx: &Ctx, start: usize, end: usize, words: &[String]) -> Option<Speaker> {
    let fits = |m: &Mention| holds(ctx, m, words);
    if let Some(m) = holder_before(ctx, start, words) {
        let full = ctx.mentions.get(m.full).unwrap_or(m);
        return Some(ctx.speaker(full.start, full.end, SpeakerLink::Title));
    }
    let specific = words.iter().any(|w| !is_role(w));
    if specific {
        if let Some(m) = ctx
            .mentions
            .iter()
            .find(|m| m.lead >= end && m.lead <= end + FORWARD && fits(m))
        {
            let full = ctx.mentions.get(m.full).unwrap_or(m);
            return Some(ctx.speaker(full.start, full.end, SpeakerLink::Title));
        }
        // "the 19-year-old law student said": an age names the person the
        // report last named, a few sentences back at most.
        let aged = words.iter().any(|w| w.ends_with("-year-old"));
        return untitled_antecedent(ctx, start, if aged { 4 } else { 1 });
    }
    None
}

/// A qualified title nobody holds ("the Dravian minister said") read as
/// another way of naming the last person of this or the previous sentence,
/// when the body gives that person no title at all: reporters vary the
/// reference ("Morlan told the radio … The Dravian minister said …"). A
/// person with a known title is never taken (their title did not fit).
/// `back` is how many sentences before the title's own are searched.
fn untitled_antecedent(ctx: &Ctx, start: usize, back: usize) -> Option<Speaker> {
    let si = ctx.sentence_at(start)?;
    let from = ctx.sentences.get(si.saturating_sub(back))?.start;
    let m = ctx
        .mentions
        .iter()
        .rev()
        .filter(|m| m.end <= start && m.lead >= from)
        .find(|m| m.kind == Kind::Person && !m.possessive && !ctx.in_mark(m.start))?;
    let full = ctx.mentions.get(m.full).unwrap_or(m);
    (m.title.is_none() && full.title.is_none())
        .then(|| ctx.speaker(full.start, full.end, SpeakerLink::Title))
}

/// The organisation an unnamed spokesperson after the reported words
/// speaks for: the name that opens the sentence ("Quenby had raised
/// premiums, a spokeswoman said" → Quenby). `None` for anyone else
/// unnamed, or when no name opens the sentence.
fn spokesperson_of(ctx: &Ctx, start: usize, end: usize) -> Option<Speaker> {
    let phrase = ctx.body.get(start..end)?.to_lowercase();
    // The phrase may run on to "for the" ("a spokesman for the Interior
    // Ministry").
    let spokes = phrase
        .split_whitespace()
        .rev()
        .find(|w| !matches!(*w, "for" | "of" | "the"))
        .is_some_and(|w| matches!(w, "spokeswoman" | "spokesman" | "spokesperson"));
    if !spokes {
        return None;
    }
    // "A Caldrenian Rail spokesman": the organisation named in the phrase
    // or right before the word.
    let attributive = ctx.mentions.iter().find(|m| {
        let text = ctx.body.get(m.start..m.end).unwrap_or("");
        // "a spokesman for the Interior Ministry": the name after it too.
        let after = ctx.body.get(end..m.start).is_some_and(|b| {
            matches!(
                b.trim().to_lowercase().as_str(),
                "" | "the" | "for" | "of" | "for the" | "of the"
            ) && m.start >= end
        });
        let joined = (m.start >= start && m.end <= end)
            || after
            || ctx
                .body
                .get(m.end..start)
                .is_some_and(|b| b.trim().is_empty());
        // A spokesperson speaks for no person: a name in the phrase is an
        // organisation's, however it was read ("Caldrenian Rail").
        // A one-word name there is the organisation's when it is no
        // person's ("A Kestrair spokeswoman").
        joined
            && (text.contains(' ') || m.kind != Kind::Person)
            && !m.possessive
            && !ctx.in_mark(m.start)
    });
    if let Some(m) = attributive {
        return Some(ctx.speaker(m.start, m.end, SpeakerLink::Group));
    }
    let si = ctx.sentence_at(start)?;
    let s0 = ctx.sentences.get(si)?.start;
    let opening =
        s0 + (ctx.body.get(s0..start)?.len() - ctx.body.get(s0..start)?.trim_start().len());
    // The name opening the sentence, or its place ("At Pimbury Royal
    // Infirmary, a backup generator failed …, a hospital spokeswoman said").
    let m = ctx.mentions.iter().find(|m| {
        let lead_in = ctx.body.get(opening..m.lead).map(str::trim);
        m.end < start && matches!(lead_in, Some("" | "At" | "In"))
    })?;
    // A lone capitalised word opening a sentence ("Prices would rise") is a
    // name only when the report writes it as one elsewhere ("Quenby Fine
    // Art Underwriters … Quenby had raised").
    // A one-word name the report also writes as the first word of an
    // organisation's ("Quenby" of "Quenby Fine Art Underwriters") is that
    // organisation, even where it was read as a surname.
    let text = ctx.body.get(m.start..m.end)?;
    let first_of_org = ctx.mentions.iter().any(|o| {
        o.start != m.start
            && o.kind == Kind::Name
            && ctx
                .body
                .get(o.start..o.end)
                .is_some_and(|t| t.contains(' ') && t.split(' ').next() == Some(text))
    });
    let named = (m.kind == Kind::Name && text.contains(' ')) || first_of_org;
    (named && !m.possessive && !ctx.in_mark(m.start))
        .then(|| ctx.speaker(m.start, m.end, SpeakerLink::Group))
}

/// The organisation a group belongs to when the group phrase names it
/// ("Open Ballot Network observers", "observers from the Open Ballot
/// Network", "doctors at Quarrenby General Hospital"): the group speaks for
/// it. An organisation is a name of two words or more ending in an
/// institution's word ("Network", "Commission", "Hospital").
fn organisation_within(ctx: &Ctx, start: usize, end: usize) -> Option<(usize, usize)> {
    ctx.mentions
        .iter()
        .filter(|m| m.kind == Kind::Name && m.start >= start && m.end <= end && !m.possessive)
        .find(|m| {
            last_of_long_name(ctx, m).is_some_and(|last| is_in(NON_PERSON, &last.to_lowercase()))
        })
        .map(|m| (m.start, m.end))
}

/// The name an institution written as a common noun stands for ("the
/// commission said" after "the Korvalian Electoral Commission"): the
/// latest name before it, outside quotation marks, whose last word is that
/// noun. Reporters name an institution once and then call it by its head
/// noun. `None` when the report names no such institution before.
/// "The company", "the firm" stand for the business named last (see
/// [`is_business_word`], [`owns_business_staff`]).
fn named_institution(ctx: &Ctx, start: usize, end: usize) -> Option<(usize, usize)> {
    let noun = ctx.body.get(start..end)?.trim();
    if noun.contains(char::is_whitespace) || !noun.starts_with(char::is_lowercase) {
        return None;
    }
    // "the company", "the firm": the business named last ("Merrowgate
    // Pharmaceuticals"), whatever word its name ends with.
    if matches!(
        noun,
        "company"
            | "firm"
            | "maker"
            | "manufacturer"
            | "operator"
            | "airline"
            | "carrier"
            | "insurer"
    ) {
        return ctx
            .mentions
            .iter()
            .rev()
            .filter(|m| m.end <= start && m.kind == Kind::Name && !ctx.in_mark(m.start))
            .find(|m| {
                last_of_long_name(ctx, m).is_some_and(|last| is_business_word(&last.to_lowercase()))
                    || owns_business_staff(ctx, m)
            })
            .map(|m| (m.start, m.end));
    }
    ctx.mentions
        .iter()
        .rev()
        .filter(|m| m.end <= start && m.kind == Kind::Name && !ctx.in_mark(m.start))
        .find(|m| head_of_long_name(ctx, m).is_some_and(|head| head.eq_ignore_ascii_case(noun)))
        .map(|m| (m.start, m.end))
}

/// The head noun of a name of two words or more: the word before its first
/// "of" or "for" ("Ministry" of "the Ruvenian Ministry of Culture",
/// "Institute" of "the Ellanmoor Institute of Architecture"), else its last
/// word ("Commission" of "the Korvalian Electoral Commission").
fn head_of_long_name<'b>(ctx: &Ctx<'b>, m: &Mention) -> Option<&'b str> {
    let name = ctx.body.get(m.start..m.end)?;
    let head = [" of ", " for "]
        .iter()
        .filter_map(|link| name.find(link))
        .min()
        .and_then(|at| name[..at].rsplit(' ').next());
    head.or_else(|| last_of_long_name(ctx, m))
}

/// The last word of a name of two words or more ("Commission" of "the
/// Korvalian Electoral Commission"); `None` for a one-word name.
fn last_of_long_name<'b>(ctx: &Ctx<'b>, m: &Mention) -> Option<&'b str> {
    let name = ctx.body.get(m.start..m.end)?;
    name.contains(' ')
        .then(|| name.rsplit(' ').next())
        .flatten()
}

/// Whether a name is written as the owner of a business's people or
/// plant ("Merrowgate's chief executive", "Merrowgate's plant"): a
/// business, however short its name.
fn owns_business_staff(ctx: &Ctx, m: &Mention) -> bool {
    let after = ctx.body.get(m.end..).unwrap_or("");
    // "Kestrair shares fell": a business's shares, written without the
    // possessive too.
    if !m.possessive {
        return after.starts_with(" shares ");
    }
    let after = after
        .trim_start_matches(['\'', '’'])
        .trim_start_matches('s')
        .trim_start();
    let next: String = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    is_role(&next)
        || matches!(
            next.as_str(),
            "plant" | "factory" | "shares" | "staff" | "workers" | "board" | "quality"
        )
}

/// A word that ends a business's name ("Merrowgate Pharmaceuticals",
/// "Orsk Mining Company"). Hand-listed: a closed class of company words.
fn is_business_word(word: &str) -> bool {
    matches!(
        word,
        "pharmaceuticals"
            | "industries"
            | "holdings"
            | "chemicals"
            | "mining"
            | "energy"
            | "motors"
            | "logistics"
            | "shipping"
            | "airways"
            | "airlines"
            | "systems"
            | "group"
            | "partners"
            | "underwriters"
            | "company"
            | "corporation"
            | "corp"
            | "inc"
            | "ltd"
            | "plc"
            | "bank"
            | "insurers"
    )
}
