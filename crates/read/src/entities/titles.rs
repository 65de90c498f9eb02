//! Titles and groups for the mention walk: titled people ("Defence
//! Minister Khawaja Asif"), bare titles ("the minister of defence") and
//! groups named by a role noun ("security sources in Pakistan").

use super::gazetteer::{self, Place};
use super::lexicon;
use super::mentions::{Finder, TitleParse};
use super::types::{EntityKind, MentionForm};

impl Finder<'_> {
    // ---- titles -------------------------------------------------------

    /// A capitalised title starting at word `i` ("Defence Minister",
    /// "Minister for Information and Broadcasting").
    pub(super) fn title_at(&self, i: usize) -> Option<TitleParse> {
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
        // "Rear Admiral", "Brigadier General": a second head continues the
        // title.
        let mut head = head;
        while self.joined(head + 1)
            && self.toks[head + 1].cap
            && !self.toks[head].poss
            && lexicon::is_title_head(self.key(head + 1))
        {
            head += 1;
        }
        // "Quarrenby General Hospital", "the General Assembly": a title
        // word before an institution's head word names the institution.
        if self.joined(head + 1)
            && self.toks[head + 1].cap
            && lexicon::org_kind(self.key(head + 1)).is_some()
        {
            return None;
        }
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
    pub(super) fn person_name_at(&self, i: usize) -> Option<usize> {
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
    pub(super) fn titled_person(&mut self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if !t.cap {
            return None;
        }
        let title = self.title_at(i)?;
        let after = title.last + 1;
        let gap = self.gap(after);
        // "Col. Orlan": a short title with its full stop.
        let dotted = gap == ". " && lexicon::is_abbreviated_title(self.key(title.last));
        let name_start =
            if (matches!(gap, " " | "\u{a0}" | ", ") || dotted) && !self.toks[title.last].poss {
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
    pub(super) fn lower_title(&mut self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if t.cap || !lexicon::is_bare_title_head(&t.key) {
            return None;
        }
        let mut first = i;
        if i > 0 && self.joined(i) && self.lower(i - 1) && lexicon::is_portfolio(self.key(i - 1)) {
            first = i - 1;
        }
        let mut has_the = first > 0 && self.joined(first) && self.key(first - 1) == "the";
        let country = self.possessor(first);
        let mut country = country;
        if !has_the && country.is_none() && first == i && i >= 2 && self.joined(i) {
            // "the Norwegian envoy": a demonym between "the" and the role.
            if let Some(Place::Demonym(c)) = gazetteer::lookup_key(self.key(i - 1)) {
                if self.key(i - 2) == "the" && self.joined(i - 1) {
                    first = i - 1;
                    has_the = true;
                    country = Some(c);
                }
            }
        }
        if !has_the && country.is_none() {
            // "the trawler's skipper", "the army's chief spokesman", "the
            // opposition leader": up to three possessive nouns or modifiers
            // between "the" and the role noun.
            if let Some(k) = self.role_modifiers_after_the(first) {
                first = k;
                has_the = true;
            }
        }
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

    /// The first modifier word when the words before `first` are up to
    /// three lower-case possessive nouns or role modifiers with "the"
    /// before them ("the trawler's", "the army's chief").
    fn role_modifiers_after_the(&self, first: usize) -> Option<usize> {
        let mut k = first;
        for _ in 0..3 {
            let p = k.checked_sub(1)?;
            let t = &self.toks[p];
            if t.cap || !matches!(self.gap(k), " " | "\u{a0}") {
                return None;
            }
            if t.key == "the" {
                return (k < first).then_some(k);
            }
            let modifier = t.poss
                || lexicon::is_role_modifier(&t.key)
                || lexicon::is_title_qualifier(&t.key)
                || lexicon::is_portfolio(&t.key);
            if !modifier {
                return None;
            }
            k = p;
        }
        let p = k.checked_sub(1)?;
        (self.key(p) == "the" && !self.toks[p].cap && matches!(self.gap(k), " " | "\u{a0}"))
            .then_some(k)
    }

    // ---- groups -------------------------------------------------------

    /// "in Pakistan" / "of Afghanistan" after word `last`: the country and
    /// the index of its word.
    pub(super) fn post_country(&self, last: usize) -> Option<(&'static str, usize)> {
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
    pub(super) fn lower_group(&mut self, i: usize) -> Option<usize> {
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
}
