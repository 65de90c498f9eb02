//! A person's sex learnt from the body, for "he"/"she".
//!
//! Beyond honorifics (read in `names`), these signs: a kinship or gendered
//! noun set before the name ("Her mother, Ingrid …", "whose father Elias
//! …", "spokeswoman Ada …", "Her father and coach, Crispin …"); the first third-person pronoun after a
//! person who opens a sentence, with nobody else named between ("Vass said
//! she had …", "Vass, who signed for her country, …"); and "He"/"She"
//! opening the sentence after one that names a quote's speaker ('"…," Vass
//! told the paper. She wrote …'). It knows no
//! given names and never overrides what an honorific said.

use crosscheck_types::Sentence;

use super::lexicon::is_in;
use super::names::{Kind, Mention};

/// Nouns that, right before a name, say it is a woman's.
#[rustfmt::skip]
const FEMALE_NOUNS: &[&str] = &[
    "mother", "wife", "daughter", "sister", "widow", "grandmother", "granddaughter", "aunt",
    "niece", "girlfriend", "stepmother", "stepdaughter", "spokeswoman", "chairwoman",
    "businesswoman", "congresswoman", "actress",
];

/// Nouns that, right before a name, say it is a man's.
#[rustfmt::skip]
const MALE_NOUNS: &[&str] = &[
    "father", "husband", "son", "brother", "widower", "grandfather", "grandson", "uncle",
    "nephew", "boyfriend", "stepfather", "stepson", "businessman", "congressman",
];

/// The sex a kin noun gives the name right after it ("Her son Owain",
/// "his wife Mairi"); `None` for any other word.
pub(crate) fn kin_sex(word: &str) -> Option<bool> {
    match word {
        "son" | "brother" | "father" | "husband" | "grandson" | "nephew" | "uncle" => Some(false),
        "daughter" | "sister" | "mother" | "wife" | "granddaughter" | "niece" | "aunt" => {
            Some(true)
        }
        _ => None,
    }
}

/// Kin words a family calls someone by, written before a given name as a
/// title or a nickname ("Granny Win", "Uncle Bob", "Grandma Ros").
pub(crate) fn is_family_title(w: &str) -> bool {
    matches!(
        w,
        "grandmother"
            | "grandfather"
            | "grandma"
            | "grandpa"
            | "granny"
            | "gran"
            | "nana"
            | "grandad"
            | "granddad"
            | "aunt"
            | "auntie"
            | "uncle"
    )
}

/// Sets `female` on persons' full mentions from the signs above.
pub(crate) fn learn(body: &str, sentences: &[Sentence], mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        if mentions[i].kind != Kind::Person {
            continue;
        }
        let f = mentions[i].full;
        if mentions.get(f).is_none_or(|m| m.female.is_some()) {
            continue;
        }
        let sign = noun_before(body, mentions[i].lead)
            .or_else(|| pronoun_after(body, sentences, mentions, i))
            .or_else(|| quote_after(body, sentences, mentions, i))
            .or_else(|| pronoun_opening_next(body, sentences, mentions, i));
        if let (Some(sex), Some(m)) = (sign, mentions.get_mut(f)) {
            m.female = Some(sex);
        }
    }
}

/// The sex a noun right before `lead` gives ("Her mother, " / "father ").
fn noun_before(body: &str, lead: usize) -> Option<bool> {
    let before = body.get(..lead)?.trim_end();
    let before = before.strip_suffix(',').unwrap_or(before).trim_end();
    let mut words = before.rsplit(|c: char| !c.is_alphanumeric());
    let word = words.next()?.to_lowercase();
    let sex = |w: &str| {
        if is_in(FEMALE_NOUNS, w) {
            Some(true)
        } else if is_in(MALE_NOUNS, w) {
            Some(false)
        } else {
            None
        }
    };
    // "Her father and coach, Crispin Trewin": the gendered noun of a role
    // joined to the one right before the name.
    sex(&word).or_else(|| {
        let and = words.next()?;
        (and == "and").then_some(())?;
        sex(&words.next()?.to_lowercase())
    })
}

/// The sex of the first he/she/his/her/him after mention `i`, when `i`
/// opens its sentence and no other person is named before that pronoun.
fn pronoun_after(
    body: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    i: usize,
) -> Option<bool> {
    let m = mentions.get(i)?;
    let si = sentences
        .partition_point(|s| s.start <= m.lead)
        .checked_sub(1)?;
    let s = sentences.get(si)?;
    if m.possessive || !body.get(s.start..m.lead)?.trim().is_empty() || m.end > s.end {
        return None;
    }
    // Up to the next name of any kind: "Callum watched as Biscuit and her
    // mum were refloated": the "her" is Biscuit's.
    let next_person = mentions[i + 1..]
        .iter()
        .find(|n| n.start > m.end)
        .map_or(s.end, |n| n.lead.min(s.end));
    let tail = body.get(m.end..next_person)?;
    // Stop at a quotation mark: a pronoun inside a quote is the speaker's.
    let tail = tail.split(['"', '“', '”', '‘']).next().unwrap_or("");
    let words: Vec<&str> = tail
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().find_map(|(k, &w)| {
        let previous = k
            .checked_sub(1)
            .and_then(|p| words.get(p))
            .copied()
            .unwrap_or("");
        // "her" before a noun is a possessive, the subject's own ("lost her
        // bag"); before a function word or at the end it is an object, like
        // "him".
        let object_her = matches!(w, "her" | "Her")
            && words
                .get(k + 1)
                .is_none_or(|next| is_in(AFTER_OBJECT, next));
        let object = w == "him" || object_her;
        match w {
            // An object is someone else right after a verb ("Judge Orwald
            // fined him") or a preposition of place ("squeezed in beside
            // her"); after another preposition it may be the subject ("took
            // the file with him").
            _ if object => is_in(PREPOSITIONS, previous).then_some(w != "him"),
            "she" | "her" | "She" | "Her" => Some(true),
            "he" | "his" | "He" | "His" => Some(false),
            _ => None,
        }
    })
}

/// The sex of the pronoun attributing a quote that opens the sentence after
/// the one mention `i` opens ("Lowenna says 200 villagers have gathered.
/// "It feels like a match," she says."), when no person is named from the
/// mention to that pronoun: the quote goes on with the person just named.
fn quote_after(body: &str, sentences: &[Sentence], mentions: &[Mention], i: usize) -> Option<bool> {
    let m = mentions.get(i)?;
    let si = sentences
        .partition_point(|s| s.start <= m.lead)
        .checked_sub(1)?;
    let s = sentences.get(si)?;
    if m.possessive || !body.get(s.start..m.lead)?.trim().is_empty() {
        return None;
    }
    let next = sentences.get(si + 1)?;
    let text = body.get(next.start..next.end)?;
    let open = text.chars().next().filter(|c| matches!(c, '"' | '“'))?;
    let inner = text.get(open.len_utf8()..)?;
    let close = inner.find(['"', '”'])?;
    let close_len = inner.get(close..)?.chars().next()?.len_utf8();
    let rest = inner
        .get(close + close_len..)?
        .trim_start_matches([',', ' ']);
    let sex = if rest.starts_with("she ") {
        true
    } else if rest.starts_with("he ") {
        false
    } else {
        return None;
    };
    let verb = rest.split_whitespace().nth(1).unwrap_or("");
    let speaking = matches!(
        verb.trim_end_matches(['.', ',']),
        "says" | "said" | "adds" | "added" | "tells" | "told"
    );
    let pronoun_at = next.start + text.len() - rest.len();
    let named_between = mentions
        .iter()
        .any(|n| n.kind == Kind::Person && n.start >= m.end && n.start < pronoun_at);
    (speaking && !named_between).then_some(sex)
}

/// The sex of "He"/"She" opening the sentence after the one in which
/// mention `i` is named as a quote's speaker right after it ('"…," Ujlaki
/// told Napszél. He wrote …'), when no person is named from the mention to
/// that pronoun: the story goes on with the person just quoted.
fn pronoun_opening_next(
    body: &str,
    sentences: &[Sentence],
    mentions: &[Mention],
    i: usize,
) -> Option<bool> {
    let m = mentions.get(i)?;
    if m.possessive {
        return None;
    }
    let before = body.get(..m.lead)?.trim_end();
    let after_quote = [",\"", ",”", "?\"", "?”", "!\"", "!”"]
        .iter()
        .any(|q| before.ends_with(q));
    let verb = body
        .get(m.end..)?
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.']);
    let speaking = matches!(
        verb,
        "says" | "said" | "adds" | "added" | "tells" | "told" | "writes" | "wrote"
    );
    if !(after_quote && speaking) {
        return None;
    }
    let si = sentences
        .partition_point(|s| s.start <= m.lead)
        .checked_sub(1)?;
    let next = sentences.get(si + 1)?;
    let text = body.get(next.start..next.end)?;
    let sex = if text.starts_with("She ") {
        true
    } else if text.starts_with("He ") {
        false
    } else {
        return None;
    };
    let named_between = mentions
        .iter()
        .any(|n| n.kind == Kind::Person && n.start >= m.end && n.start < next.start);
    (!named_between).then_some(sex)
}

/// Prepositions after which an object pronoun may stand for the subject.
/// Not those of place ("beside", "behind", "near"): the person there is
/// someone else.
const PREPOSITIONS: &[&str] = &[
    "with", "for", "to", "of", "on", "at", "by", "from", "about", "before", "after",
];

/// Words that follow an object pronoun, not a possessive's noun ("beside
/// her when", "told her that").
const AFTER_OBJECT: &[&str] = &[
    "when", "while", "as", "and", "or", "but", "that", "to", "in", "on", "at", "for", "with",
    "from", "by", "about", "after", "before", "if", "because", "so", "until", "again", "too",
    "back", "up", "down", "out", "off", "into", "over", "through", "was", "is", "had",
];
