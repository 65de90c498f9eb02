//! Finding mentions in one body: a single left-to-right walk over its words
//! trying, at each word, a titled person, a bare title, a group, a platform
//! and a run of capitalised words, in that order. Links the report states
//! are added afterwards by `link`.

use std::collections::HashSet;

use crosscheck_types::Sentence;

use super::gazetteer::{self, Place};
use super::lexicon::{self, OrgHead};
use super::tokens::{tokens, Tok};
use super::types::{EntityKind, Mention, MentionForm};
use super::{fold, link};

/// The mentions of one article body, with byte offsets into `body`, sorted
/// by start (the longer first when two start together). A name inside a
/// group's mention ("Kabul" in "Kabul's delegation", "Pakistan" in "security
/// sources in Pakistan") is a mention of its own, so mentions may nest;
/// otherwise they do not overlap. Pure and deterministic; never panics.
pub fn mentions(body: &str) -> Vec<Mention> {
    mentions_in(body, &crate::sentences(body))
}

/// [`mentions`] with the body's sentences already split (as
/// [`crate::sentences`] gives them), so a caller that has them does not pay
/// for them twice.
pub fn mentions_in(body: &str, sentences: &[Sentence]) -> Vec<Mention> {
    let toks = tokens(body, sentences);
    // Capitalised words seen away from a sentence start, alone or as the
    // last word of a name ("Asif" in "Khawaja Asif"): names, not openers.
    let known: HashSet<&str> = toks
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            t.cap && !t.initial && !toks.get(i + 1).is_some_and(|n| n.cap && !n.initial)
        })
        .map(|(_, t)| t.key.as_str())
        .collect();
    let mut finder = Finder {
        body,
        toks: &toks,
        known,
        out: Vec::new(),
    };
    finder.walk();
    let mut out = in_order(finder.out);
    link::link(&mut out);
    out
}

/// Mentions sorted by start, the longer first when two start together,
/// with `same_as` indexes carried over.
fn in_order(found: Vec<Mention>) -> Vec<Mention> {
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&i| (found[i].start, std::cmp::Reverse(found[i].end), i));
    let mut new_index = vec![0; found.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Mention>> = found.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&old| slots[old].take())
        .map(|mut m| {
            m.same_as = m.same_as.and_then(|t| new_index.get(t).copied());
            m
        })
        .collect()
}

struct Finder<'a> {
    body: &'a str,
    toks: &'a [Tok],
    known: HashSet<&'a str>,
    out: Vec<Mention>,
}

/// What a parsed title covers.
struct TitleParse {
    /// Index of the title's last word.
    last: usize,
    /// Country named in the title ("Prime Minister of Pakistan").
    country: Option<&'static str>,
    /// Whether its head may stand alone as a mention.
    bare_ok: bool,
}

impl<'a> Finder<'a> {
    fn walk(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            let next = self
                .titled_person(i)
                .or_else(|| self.lower_title(i))
                .or_else(|| self.lower_group(i))
                .or_else(|| self.platform(i))
                .or_else(|| self.name_run(i));
            i = match next {
                Some(n) if n > i => n,
                _ => i + 1,
            };
        }
    }

    fn key(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.key.as_str())
    }

    /// The text between word `i - 1` (possessive included) and word `i`.
    fn gap(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        self.body
            .get(self.toks[i - 1].after..self.toks[i].start)
            .unwrap_or("")
    }

    /// Word `i` follows word `i - 1` in the same phrase: one space between,
    /// no possessive on the earlier word.
    fn joined(&self, i: usize) -> bool {
        i > 0
            && i < self.toks.len()
            && !self.toks[i - 1].poss
            && matches!(self.gap(i), " " | "\u{a0}" | "-")
    }

    fn name_like(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        t.cap
            && t.key.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !lexicon::is_never_name(&t.key)
            && !self.adjective_compound(t)
    }

    /// "Istrennian-led", "Kabul-based": a name turned adjective by a
    /// lower-case last part (a document noun keeps it a name:
    /// "Doha-agreement").
    fn adjective_compound(&self, t: &Tok) -> bool {
        let text = self.body.get(t.start..t.end).unwrap_or("");
        match text.rsplit_once(['-', '\u{2010}', '\u{2011}']) {
            Some((_, last)) => {
                last.chars().next().is_some_and(char::is_lowercase)
                    && last.chars().count() > 2
                    && !lexicon::is_document_noun(last)
            }
            None => false,
        }
    }

    fn lower(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.cap)
    }

    fn country_of(&self, i: usize) -> Option<&'static str> {
        match gazetteer::lookup_key(&self.key(i).replace('-', " ")) {
            Some(Place::Country(c)) => Some(c),
            _ => None,
        }
    }

    /// The country of a possessive word just before word `i`
    /// ("Pakistan's Defence Minister").
    fn possessor(&self, i: usize) -> Option<&'static str> {
        if i == 0 || !self.toks[i - 1].poss {
            return None;
        }
        self.country_of(i - 1)
    }

    fn push(&mut self, start: usize, end: usize, kind: EntityKind, form: MentionForm) -> usize {
        let text = self.body.get(start..end).unwrap_or("").to_owned();
        self.out.push(Mention {
            start,
            end,
            text,
            kind,
            form,
            title: None,
            name: None,
            metonym: false,
            country: None,
            group: None,
            same_as: None,
        });
        self.out.len() - 1
    }

    fn slice(&self, from: usize, to: usize) -> String {
        let (Some(a), Some(b)) = (self.toks.get(from), self.toks.get(to)) else {
            return String::new();
        };
        self.body.get(a.start..b.end).unwrap_or("").to_owned()
    }

    // ---- titles -------------------------------------------------------

    /// A capitalised title starting at word `i` ("Defence Minister",
    /// "Minister for Information and Broadcasting").
    fn title_at(&self, i: usize) -> Option<TitleParse> {
        let mut j = i;
        let head = loop {
            let t = self.toks.get(j)?;
            if !t.cap || (j > i && !self.joined(j)) || j > i + 3 {
                return None;
            }
            if lexicon::is_title_head(&t.key) {
                break j;
            }
            if t.poss || gazetteer::lookup_key(&t.key).is_some() || !self.name_like(j) {
                return None;
            }
            if !(lexicon::is_title_qualifier(&t.key) || lexicon::is_portfolio(&t.key)) {
                return None;
            }
            j += 1;
        };
        // "Mr"/"General" alone are titles only before a name; handled by caller.
        let mut last = head;
        let mut country = None;
        // "for Information and Broadcasting", "of Pakistan"
        if self.joined(last + 1)
            && matches!(self.key(last + 1), "for" | "of")
            && self.joined(last + 2)
            && self.name_like(last + 2)
        {
            let mut k = last + 2;
            loop {
                if let Some(c) = self.country_of(k) {
                    country = Some(c);
                }
                last = k;
                if self.toks[k].poss {
                    break;
                }
                if self.joined(k + 1) && self.name_like(k + 1) {
                    k += 1;
                } else if self.joined(k + 1)
                    && self.key(k + 1) == "and"
                    && self.joined(k + 2)
                    && self.name_like(k + 2)
                {
                    k += 2;
                } else {
                    break;
                }
            }
        }
        Some(TitleParse {
            last,
            country,
            bare_ok: lexicon::is_bare_title_head(&self.toks[head].key),
        })
    }

    /// A person's name starting at word `i`: one to four capitalised words.
    fn person_name_at(&self, i: usize) -> Option<usize> {
        let mut j = i;
        loop {
            let t = self.toks.get(j)?;
            if !self.name_like(j)
                || lexicon::is_title_head(&t.key)
                || gazetteer::lookup_key(&t.key).is_some()
                || t.upper
            {
                return if j > i { Some(j - 1) } else { None };
            }
            if t.poss || j >= i + 3 || !self.joined(j + 1) {
                return Some(j);
            }
            j += 1;
        }
    }

    /// "Defence Minister Khawaja Asif", "Pakistan's Minister for Information
    /// and Broadcasting, Attaullah Tarar", or a capitalised title alone.
    fn titled_person(&mut self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if !t.cap {
            return None;
        }
        let title = self.title_at(i)?;
        let after = title.last + 1;
        let gap = self.gap(after);
        let name_start = if matches!(gap, " " | "\u{a0}" | ", ") && !self.toks[title.last].poss {
            self.person_name_at(after)
        } else {
            None
        };
        let country = self.possessor(i).or(title.country);
        let title_text = self.slice(i, title.last);
        match name_start {
            Some(last) => {
                let start = self.toks[i].start;
                let end = self.toks[last].end;
                let name = self.slice(after, last);
                let idx = self.push(start, end, EntityKind::Person, MentionForm::Name);
                let m = &mut self.out[idx];
                m.title = Some(title_text);
                m.name = Some(name);
                m.country = country.map(str::to_owned);
                Some(last + 1)
            }
            None if title.bare_ok => {
                let start = self.toks[i].start;
                let end = self.toks[title.last].end;
                let idx = self.push(start, end, EntityKind::Person, MentionForm::Title);
                let m = &mut self.out[idx];
                m.title = Some(title_text);
                m.country = country.map(str::to_owned);
                Some(title.last + 1)
            }
            None => None,
        }
    }

    /// "the minister", "the minister of defence", "Pakistan's information
    /// minister".
    fn lower_title(&mut self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if t.cap || !lexicon::is_bare_title_head(&t.key) {
            return None;
        }
        let mut first = i;
        if i > 0 && self.joined(i) && self.lower(i - 1) && lexicon::is_portfolio(self.key(i - 1)) {
            first = i - 1;
        }
        let has_the = first > 0 && self.joined(first) && self.key(first - 1) == "the";
        let country = self.possessor(first);
        if !(has_the || country.is_some() || first < i) {
            return None;
        }
        let mut last = i;
        if self.joined(i + 1)
            && matches!(self.key(i + 1), "of" | "for")
            && self.joined(i + 2)
            && self.lower(i + 2)
            && lexicon::is_portfolio(self.key(i + 2))
        {
            last = i + 2;
            if self.joined(last + 1)
                && self.key(last + 1) == "and"
                && self.joined(last + 2)
                && lexicon::is_portfolio(self.key(last + 2))
            {
                last += 2;
            }
        }
        let start = if has_the {
            self.toks[first - 1].start
        } else {
            self.toks[first].start
        };
        let end = self.toks[last].end;
        let idx = self.push(start, end, EntityKind::Person, MentionForm::Title);
        let title = self.slice(first, last);
        let m = &mut self.out[idx];
        m.title = Some(title);
        m.country = country.map(str::to_owned);
        Some(last + 1)
    }

    // ---- groups -------------------------------------------------------

    /// "in Pakistan" / "of Afghanistan" after word `last`: the country and
    /// the index of its word.
    fn post_country(&self, last: usize) -> Option<(&'static str, usize)> {
        if self.joined(last + 1)
            && matches!(self.key(last + 1), "in" | "of" | "from")
            && self.joined(last + 2)
        {
            return self.country_of(last + 2).map(|c| (c, last + 2));
        }
        None
    }

    /// A group named by a lower-case role noun: "security sources in
    /// Pakistan", "people of Afghanistan", "host countries", "mediators".
    fn lower_group(&mut self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if t.cap && !t.initial {
            return None;
        }
        let (class, last) = if let Some((class, _)) = self
            .joined(i + 1)
            .then(|| lexicon::group_class_pair(&t.key, self.key(i + 1)))
            .flatten()
        {
            (class, i + 1)
        } else if let Some((class, _)) = lexicon::group_class(&t.key) {
            (class, i)
        } else {
            return None;
        };
        let post = self.post_country(last);
        let paired = last > i;
        if post.is_none() && !paired && !lexicon::is_bare_group(&t.key) {
            return None;
        }
        if !paired
            && post.is_none()
            && t.key == "delegation"
            && self.key(i.wrapping_sub(1)) != "the"
        {
            return None;
        }
        let end_word = post.map_or(last, |(_, w)| w);
        if let Some((c, w)) = post {
            // The country is a mention of its own inside the group's.
            let idx = self.push(
                self.toks[w].start,
                self.toks[w].end,
                EntityKind::Country,
                MentionForm::Name,
            );
            self.out[idx].country = Some(c.to_owned());
            self.out[idx].name = Some(self.out[idx].text.clone());
        }
        let idx = self.push(
            self.toks[i].start,
            self.toks[end_word].end,
            EntityKind::Group,
            MentionForm::Group,
        );
        let m = &mut self.out[idx];
        m.group = Some(class.to_owned());
        m.country = post.map(|(c, _)| c.to_owned());
        Some(end_word + 1)
    }

    // ---- platforms ----------------------------------------------------

    fn platform(&mut self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        let text = self.body.get(t.start..t.end)?;
        let (name, others) = lexicon::PLATFORMS.iter().find(|(n, _)| *n == text)?;
        if text.chars().count() == 1 {
            let before = i > 0 && matches!(self.key(i - 1), "on" | "to" | "platform" | "via");
            let rest = self.body.get(t.end..).unwrap_or("");
            if !(before || rest.starts_with(" (formerly")) {
                return None;
            }
        }
        let idx = self.push(t.start, t.end, EntityKind::Platform, MentionForm::Name);
        self.out[idx].name = Some((*name).to_owned());
        let _ = others;
        Some(self.parenthetical(i, idx).unwrap_or(i + 1))
    }

    /// "Name (ACR)" or "X (formerly Twitter)" after word `last`: a second
    /// mention stated to be the same as mention `idx`.
    fn parenthetical(&mut self, last: usize, idx: usize) -> Option<usize> {
        let end = self.toks.get(last)?.after;
        let rest = self.body.get(end..)?;
        let inner_start = if rest.starts_with(" (formerly ") {
            end + " (formerly ".len()
        } else if rest.starts_with(" (") {
            end + 2
        } else {
            return None;
        };
        let close = self.body.get(inner_start..)?.find(')')? + inner_start;
        let inner = self.body.get(inner_start..close)?;
        if inner.is_empty() || inner.len() > 60 || inner.contains(['(', '\n', ',']) {
            return None;
        }
        let words: Vec<&str> = inner.split_whitespace().collect();
        let acronym = words.len() == 1
            && inner.len() >= 2
            && inner.chars().all(|c| c.is_ascii_uppercase() || c == '-');
        let named = words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if !(acronym || (named && rest.starts_with(" (formerly "))) {
            return None;
        }
        let mut kind = self.out[idx].kind;
        if acronym && matches!(kind, EntityKind::Person | EntityKind::Other) {
            // A name given an acronym is an organisation's.
            kind = EntityKind::Organisation;
            self.out[idx].kind = kind;
        }
        let j = self.push(
            inner_start,
            close,
            kind,
            if acronym {
                MentionForm::Acronym
            } else {
                MentionForm::Name
            },
        );
        self.out[j].name = Some(inner.to_owned());
        self.out[j].same_as = Some(idx);
        self.out[j].country = self.out[idx].country.clone();
        let last_word = self.toks.iter().position(|t| t.start >= close)?;
        Some(last_word)
    }

    // ---- capitalised runs ---------------------------------------------

    /// A capital after a locative word ("talks in Doha", "in Doha, Istanbul
    /// and …") is the place; elsewhere it stands for its government.
    fn locative_before(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..4 {
            if k == 0 {
                return false;
            }
            let prev = k - 1;
            let key = self.key(prev);
            if lexicon::is_locative(key) && self.lower(prev) {
                // "frustration in Islamabad": the mood of a government.
                return !(key == "in" && prev > 0 && lexicon::is_attitude(self.key(prev - 1)));
            }
            let gap = self.gap(k);
            if matches!(key, "and" | "or") || gap.contains(',') {
                // step back over a coordinated name
                let mut p = if matches!(key, "and" | "or") { prev } else { k };
                while p > 0 && self.toks[p - 1].cap {
                    p -= 1;
                }
                if p == k {
                    return false;
                }
                k = p;
                continue;
            }
            return false;
        }
        false
    }

    /// The body's first words, when followed by ":" or a dash: a dateline.
    fn is_dateline(&self, i: usize, last: usize) -> bool {
        if i != 0 {
            return false;
        }
        let rest = self.body.get(self.toks[last].after..).unwrap_or("");
        let rest = rest.trim_start_matches([' ', '\u{a0}']);
        rest.starts_with([':', '\u{2014}', '\u{2013}', '-', ','])
    }

    fn run_end(&self, i: usize) -> usize {
        let mut j = i;
        loop {
            if self.toks[j].poss {
                return j;
            }
            let n = j + 1;
            if self.joined(n) && self.name_like(n) && self.title_at(n).is_none() {
                j = n;
                continue;
            }
            if self.joined(n)
                && self.lower(n)
                && (lexicon::is_name_connector(self.key(n))
                    || (self.key(n) == "of"
                        && lexicon::org_kind(self.key(j)) == Some(OrgHead::Organisation)
                        || self.key(n) == "of" && lexicon::is_government_word(self.key(j))))
                && self.joined(n + 1)
                && self.name_like(n + 1)
            {
                j = n + 1;
                continue;
            }
            return j;
        }
    }

    fn name_run(&mut self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if !(self.name_like(i) || t.upper) {
            return None;
        }
        let known = self.known.contains(t.key.as_str())
            || gazetteer::lookup_key(&t.key.replace('-', " ")).is_some();
        let name_follows = self.joined(i + 1)
            && self.name_like(i + 1)
            && gazetteer::lookup_key(&self.key(i + 1).replace('-', " ")).is_none();
        if t.initial && !known && !t.upper && !name_follows && self.title_at(i).is_none() {
            // A capitalised first word of a sentence seen nowhere else
            // capitalised: an ordinary word ("Reiterating", "Speaking").
            return Some(i + 1);
        }
        let last = self.run_end(i);
        let start = t.start;
        let end = self.toks[last].end;
        let text = self.body.get(start..end)?.to_owned();
        let key = fold::key(&text);
        let words: Vec<String> = fold::words(&text);
        let possessor = self.possessor(i);
        let place = gazetteer::lookup_key(&key);
        // A leading demonym or country ties the name to that country
        // ("Afghan Taliban", "Pakistan Army").
        let lead_demonym = match words.first().and_then(|w| gazetteer::lookup_key(w)) {
            Some(Place::Demonym(c) | Place::Country(c)) if words.len() > 1 => Some(c),
            _ => None,
        };

        // Followed by a lower-case word that says what the name is.
        let n = last + 1;
        let next =
            if (self.joined(n) || (self.toks[last].poss && self.gap(n) == " ")) && self.lower(n) {
                self.key(n).to_owned()
            } else {
                String::new()
            };
        let next_pair = if self.joined(n + 1) {
            self.key(n + 1).to_owned()
        } else {
            String::new()
        };
        let group = lexicon::group_class_pair(&next, &next_pair)
            .map(|g| (g, n + 1))
            .or_else(|| lexicon::group_class(&next).map(|g| (g, n)));
        if let Some(((class, _), group_last)) = group {
            if next != "people" || !self.toks[last].poss {
                let country = match place {
                    Some(Place::Country(c) | Place::Demonym(c) | Place::Capital(c)) => Some(c),
                    _ => lead_demonym,
                };
                if !matches!(place, Some(Place::Demonym(_))) {
                    // The modifier is a name of its own ("Kabul's delegation"):
                    // a nested mention, so a span on it finds its entity.
                    let (kind, form, c, metonym) =
                        self.classify(i, last, &words, place, lead_demonym);
                    let idx = self.push(start, end, kind, form);
                    let m = &mut self.out[idx];
                    m.name = Some(text.clone());
                    m.metonym = metonym;
                    m.country = c.or(possessor).map(str::to_owned);
                }
                let idx = self.push(
                    start,
                    self.toks[group_last].end,
                    EntityKind::Group,
                    MentionForm::Group,
                );
                let m = &mut self.out[idx];
                m.group = Some(class.to_owned());
                m.country = country.map(str::to_owned);
                if country.is_none() || lead_demonym.is_some() {
                    m.name = Some(text.clone());
                }
                return Some(group_last + 1);
            }
        }
        if matches!(place, Some(Place::Demonym(_))) && words.len() == 1 {
            // "Afghan soil": an adjective, not a name.
            return Some(last + 1);
        }
        if !self.toks[last].poss {
            let extend = if lexicon::is_government_word(&next) {
                Some(EntityKind::Government)
            } else if lexicon::is_document_noun(&next) {
                Some(EntityKind::Document)
            } else if lexicon::is_place_noun(&next) {
                Some(EntityKind::Place)
            } else {
                None
            };
            if let Some(kind) = extend {
                let own = match place {
                    Some(Place::Country(c) | Place::Demonym(c)) => Some(c),
                    _ => None,
                };
                let kind = if kind == EntityKind::Government && own.is_some() {
                    EntityKind::Country
                } else {
                    kind
                };
                let idx = self.push(start, self.toks[n].end, kind, MentionForm::Name);
                let m = &mut self.out[idx];
                m.name = Some(
                    if kind == EntityKind::Place || kind == EntityKind::Document {
                        self.body
                            .get(start..self.toks[n].end)
                            .unwrap_or("")
                            .to_owned()
                    } else {
                        text.clone()
                    },
                );
                m.country = possessor.or(own).or(lead_demonym).map(str::to_owned);
                return Some(n + 1);
            }
        }

        let (kind, form, country, metonym) = self.classify(i, last, &words, place, lead_demonym);
        let dateline = self.is_dateline(i, last)
            && (place.is_some()
                || self.toks[i].upper
                || self
                    .body
                    .get(end..)
                    .is_some_and(|r| r.trim_start().starts_with(':')));
        let (kind, form, country) = if dateline {
            let c = match place {
                Some(Place::Capital(c) | Place::Region(c)) => Some(c),
                _ => None,
            };
            (EntityKind::City, MentionForm::Dateline, c.or(country))
        } else {
            (kind, form, country)
        };
        let idx = self.push(start, end, kind, form);
        {
            let m = &mut self.out[idx];
            m.name = Some(text);
            m.metonym = metonym && form != MentionForm::Dateline;
            m.country = country.or(possessor).map(str::to_owned);
        }
        if let Some(after) = self.parenthetical(last, idx) {
            return Some(after);
        }
        Some(last + 1)
    }

    fn classify(
        &self,
        i: usize,
        last: usize,
        words: &[String],
        place: Option<Place>,
        lead_demonym: Option<&'static str>,
    ) -> (EntityKind, MentionForm, Option<&'static str>, bool) {
        use EntityKind as K;
        match place {
            Some(Place::Country(c)) => return (K::Country, MentionForm::Name, Some(c), false),
            Some(Place::Capital(c)) => {
                let dateline = self.is_dateline(i, last);
                let metonym = !dateline && !self.locative_before(i);
                return (K::City, MentionForm::Name, Some(c), metonym);
            }
            Some(Place::Region(c)) => return (K::City, MentionForm::Name, Some(c), false),
            Some(Place::Demonym(c)) => return (K::Other, MentionForm::Name, Some(c), false),
            None => {}
        }
        // "Government of Pakistan": the country as a state.
        if words
            .first()
            .is_some_and(|w| lexicon::is_government_word(w))
            && words.len() >= 3
            && words[1] == "of"
        {
            if let Some(Place::Country(c)) = gazetteer::lookup_key(&words[2..].join(" ")) {
                return (K::Country, MentionForm::Name, Some(c), false);
            }
        }
        let single = i == last;
        if single && self.toks[i].upper && words.len() == 1 && words[0].len() <= 6 {
            if lexicon::is_common_abbreviation(&words[0]) {
                return (K::Other, MentionForm::Acronym, None, false);
            }
            return (K::Organisation, MentionForm::Acronym, None, false);
        }
        if words.len() > 1 && words.last().is_some_and(|w| lexicon::is_government_word(w)) {
            // "Afghan Taliban Regime": a government, named with a capital.
            return (K::Government, MentionForm::Name, lead_demonym, false);
        }
        // Programme of an outlet: "Geo News' Aaj …".
        if let Some(prev) = self.out.last() {
            if i > 0
                && self.toks[i - 1].poss
                && prev.end == self.toks[i - 1].end
                && prev.kind == K::MediaOutlet
            {
                return (K::Programme, MentionForm::Name, None, false);
            }
        }
        let heads: Vec<Option<OrgHead>> = words.iter().map(|w| lexicon::org_kind(w)).collect();
        let kind = match heads.last().copied().flatten() {
            Some(OrgHead::Media) => Some(K::MediaOutlet),
            Some(OrgHead::Agreement) => Some(K::Document),
            Some(OrgHead::Place) => Some(K::Place),
            Some(OrgHead::Organisation) => Some(K::Organisation),
            None if heads.iter().any(|h| h.is_some()) => Some(K::Organisation),
            None => None,
        };
        if let Some(kind) = kind {
            return (kind, MentionForm::Name, lead_demonym, false);
        }
        if i > 0 && self.lower(i - 1) && lexicon::is_locative(self.key(i - 1)) {
            return (K::Place, MentionForm::Name, None, false);
        }
        if words.len() >= 2 && lead_demonym.is_none() {
            (K::Person, MentionForm::Name, None, false)
        } else {
            (K::Other, MentionForm::Name, lead_demonym, false)
        }
    }
}
