//! The regular expressions that find time expressions, compiled once, and
//! the time-zone table (abbreviation → offset).
//!
//! What it does: holds each pattern and the [`RegexSet`] of them that says in
//! one pass which patterns match a body at all. What it does not: read any
//! match into a value (the sibling modules do that).

use std::iter::Flatten;
use std::option;
use std::sync::OnceLock;

use regex::{CaptureMatches, Regex, RegexSet, SetMatches};
/// Time-zone abbreviations and their offsets in minutes east of UTC.
pub(super) const ZONES: &[(&str, i32)] = &[
    ("UTC", 0),
    ("GMT", 0),
    ("WET", 0),
    ("BST", 60),
    ("CET", 60),
    ("WAT", 60),
    ("CEST", 120),
    ("EET", 120),
    ("CAT", 120),
    ("SAST", 120),
    ("EEST", 180),
    ("MSK", 180),
    ("EAT", 180),
    ("TRT", 180),
    ("IRST", 210),
    ("GST", 240),
    ("AFT", 270),
    ("PKT", 300),
    ("IST", 330),
    ("NPT", 345),
    ("BDT", 360),
    ("ICT", 420),
    ("WIB", 420),
    ("HKT", 480),
    ("SGT", 480),
    ("AWST", 480),
    ("JST", 540),
    ("KST", 540),
    ("AEST", 600),
    ("AEDT", 660),
    ("NZST", 720),
    ("NZDT", 780),
    ("EST", -300),
    ("EDT", -240),
    ("CST", -360),
    ("CDT", -300),
    ("MST", -420),
    ("MDT", -360),
    ("PST", -480),
    ("PDT", -420),
    ("AKST", -540),
    ("HST", -600),
];

/// A month's name, or its abbreviation with an optional dot ("Nov. 10"); a
/// dot after a full name ends a sentence and is not part of the date.
const MONTH: &str = r"((?:January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?-u:\b)\.?)";

/// The patterns use ASCII word boundaries, `(?-u:\b)`: a Unicode `\b`
/// keeps the regex engine off its fast DFA on any text with a non-ASCII
/// character (curly quotes, no-break spaces), which news text always has.
pub(super) struct Patterns {
    pub(super) iso: Regex,
    /// A date in figures with its year last ("18.10.2048", "18/10/2048").
    pub(super) numeric: Regex,
    pub(super) dmy: Regex,
    pub(super) mdy: Regex,
    pub(super) md: Regex,
    pub(super) dm: Regex,
    pub(super) my: Regex,
    pub(super) named_month: Regex,
    pub(super) year: Regex,
    pub(super) weekday: Regex,
    pub(super) relday: Regex,
    pub(super) period: Regex,
    pub(super) ago: Regex,
    pub(super) clock: Regex,
    pub(super) clock_wire: Regex,
    /// A cue that the clause tells of what is still to come: a modal or
    /// plan ("will", "is due to"), a deadline that stands ("the deadline
    /// is"), or a present tense of an appearance set for a day ("go
    /// before the court on Monday").
    pub(super) future_cue: Regex,
    /// An obligation or a demand that sets a deadline ("must", "demanded").
    pub(super) deadline_cue: Regex,
    /// A clock closing a text ("until noon", "by 12:00", "until 5 p.m."),
    /// the day after it being the deadline's.
    pub(super) clock_tail: Regex,
    /// A state that lasts "until" a day ("remains closed until Friday").
    pub(super) present_state: Regex,
    pub(super) span_back: Regex,
    pub(super) that_period: Regex,
    /// "that evening", "the same day", "the next morning", "the following
    /// day", "the previous night": a day told from the one said before.
    pub(super) that_day: Regex,
    pub(super) vague: Regex,
    pub(super) since_event: Regex,
    /// "May last year", "March next year".
    pub(super) month_of_year: Regex,
    /// "until the end of the month", "by the start of next week".
    pub(super) period_edge: Regex,
    /// All the patterns scanned over a whole body but `future_cue`, as one
    /// set: one pass says which of them match at all, and only those are
    /// run for their matches (most bodies match few of them).
    pub(super) any: Option<RegexSet>,
}

impl Patterns {
    /// The patterns in `any`, in its order.
    fn scanned(&self) -> [&Regex; 22] {
        [
            &self.named_month,
            &self.iso,
            &self.numeric,
            &self.dmy,
            &self.mdy,
            &self.md,
            &self.dm,
            &self.my,
            &self.year,
            &self.weekday,
            &self.relday,
            &self.period,
            &self.ago,
            &self.clock,
            &self.clock_wire,
            &self.span_back,
            &self.that_period,
            &self.that_day,
            &self.vague,
            &self.since_event,
            &self.period_edge,
            &self.month_of_year,
        ]
    }

    /// False when the set `hit` says `re` matches nowhere in the body.
    pub(super) fn may_match(&self, re: &Regex, hit: &Option<SetMatches>) -> bool {
        !hit.as_ref().is_some_and(|hit| {
            self.scanned()
                .iter()
                .position(|r| std::ptr::eq(*r, re))
                .is_some_and(|i| !hit.matched(i))
        })
    }

    /// `re`'s matches in `body`, none without a search when the set `hit`
    /// says it matches nowhere there.
    pub(super) fn caps<'h>(
        &'static self,
        re: &'static Regex,
        hit: &Option<SetMatches>,
        body: &'h str,
    ) -> Flatten<option::IntoIter<CaptureMatches<'static, 'h>>> {
        self.may_match(re, hit)
            .then(|| re.captures_iter(body))
            .into_iter()
            .flatten()
    }
}

pub(super) fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let re = |s: &str| Regex::new(s).expect("constant time-expression pattern compiles");
        let ord = r"(?:st|nd|rd|th)?";
        let mut zones: Vec<&str> = ZONES.iter().map(|(z, _)| *z).collect();
        zones.sort_by_key(|z| std::cmp::Reverse(z.len()));
        let offset = r"(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?";
        // "10:00 Łazarian time (08:00 GMT)": a place's time, whose offset
        // only a bracket gives (see `clocks`).
        let zone = format!(r"(?P<zone>{offset}|{}(?-u:\b)|(?i:(?:local|their)\s+time)(?-u:\b)|\p{{Lu}}\p{{Ll}}+\s+time(?-u:\b))", zones.join(r"(?-u:\b)|"));
        let mut p = Patterns {
            iso: re(r"(?-u:\b)(\d{4})-(\d{1,2})-(\d{1,2})(?-u:\b)"),
            // A month in Roman numerals between dots: "14.III.2051".
            numeric: re(
                r"(?-u:\b)(\d{1,2})([./])(\d{1,2}|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[./](\d{4})(?-u:\b)",
            ),
            dmy: re(&format!(r"(?-u:\b)(\d{{1,2}}){ord}\s+(?:of\s+)?{MONTH},?\s+(\d{{4}})(?-u:\b)")),
            // A line break between a month and a number ends a sentence
            // or a paragraph ("on 15 November.⏎⏎10:06 EET"), never joins
            // a date.
            mdy: re(&format!(r"(?-u:\b){MONTH}[^\S\n]+(\d{{1,2}}){ord},?\s+(\d{{4}})(?-u:\b)")),
            md: re(&format!(r"(?-u:\b){MONTH}[^\S\n]+(\d{{1,2}}){ord}(?-u:\b)")),
            dm: re(&format!(r"(?-u:\b)(\d{{1,2}}){ord}\s+(?:of\s+)?{MONTH}")),
            my: re(&format!(r"(?-u:\b){MONTH}\s+(\d{{4}})(?-u:\b)")),
            named_month: re(
                r"(?-u:\b)((?i:last|this|next|in|early|late|by|until|till|since|before|after|from|for))\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)",
            ),
            year: re(r"(?-u:\b)(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|back\s+to|dat(?:ing|es|ed)\s+from)\s+((?:1[89]|20|21)\d{2})(?-u:\b)"),
            weekday: re(
                r"(?i)(?-u:\b)(?:(last|next|this|coming|early|late)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)(?:\s+(morning|afternoon|evening|night)(?-u:\b))?",
            ),
            relday: re(
                r"(?i)(?-u:\b)(today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))(?-u:\b)(?:\s+(morning|afternoon|evening|night)(?-u:\b))?",
            ),
            period: re(
                r"(?i)(?-u:\b)(?:(earlier|later|early|late)\s+)?(last|this|next|past|previous|coming)\s+(week|month|year)(?-u:\b)",
            ),
            ago: re(
                r"(?i)(?-u:\b)(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago(?-u:\b)",
            ),
            clock: re(&format!(
                r"(?-u:\b)(?P<h>\d{{1,2}})(?:(?P<sep>[:.])(?P<m>\d{{2}}))?(?:\s*(?P<ap>(?i:[ap]\.m\.|[ap]m(?-u:\b))))?(?:\s*{zone})?(?:\s*\(\s*(?:(?P<paren>{offset})|(?P<uh>\d{{1,2}}):(?P<um>\d{{2}})\s*(?:GMT|UTC))\s*\))?"
            )),
            clock_wire: re(r"(?-u:\b)(?P<h>\d{2})(?P<m>\d{2})\s*(?P<zone>GMT|UTC)(?-u:\b)"),
            span_back: re(
                r"(?i)(?-u:\b)(?:the\s+)?(?:last|past|previous)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s(?-u:\b)",
            ),
            that_period: re(r"(?i)(?-u:\b)(?:(earlier|later)\s+)?that\s+(?:same\s+)?(week|month|year)(?-u:\b)"),
            that_day: re(
                r"(?i)(?-u:\b)(?:that|the\s+same|the\s+(next|following|previous))\s+(morning|afternoon|evening|night|day)(?-u:\b)",
            ),
            vague: re(
                r"(?i)(?-u:\b)(?:for|after|over|in)\s+(?:many\s+|several\s+)?(weeks|months|years|decades)(?:\s+of)?(?-u:\b)",
            ),
            since_event: re(
                r"(?i)(?-u:\b)(?:ever\s+)?since\s+the\s+(?:[a-z]+(?:tion|ment|ure|al)|takeover|fall|start|beginning|end|outbreak|collapse|death|war|election|invasion)\s+of\s+[^,.;:!?\n]{1,60}",
            ),
            month_of_year: re(&format!(
                r"(?-u:\b){MONTH}\s+(last|this|next)\s+year(?-u:\b)"
            )),
            period_edge: re(
                r"(?i)(?-u:\b)(?:(?:until|till|by|before|at|towards?|from)\s+)?the\s+(end|start|beginning)\s+of\s+(?:(the|this|next|last|(?:the\s+)?coming)\s+(week|month|year)|(January|February|March|April|May|June|July|August|September|October|November|December))(?-u:\b)",
            ),
            future_cue: re(
                r"(?i)(?-u:\b)(will|shall|would|(?:should|may|might)\s+(?:not\s+)?[a-z]+|is due|are due|is scheduled|are scheduled|is planned|are planned|is expected|are expected|is likely|are likely|is forecast|are forecast|is set to|are set to|is set for|are set for|is fixed for|are fixed for|plans? to|to be held|is to|are to|hope[sd]? to|aim(?:s|ed)? to|intend(?:s|ed)? to|expect(?:s|ed)? to|promise[sd]? to|pledge[sd]? to|vow(?:s|ed)? to|agree[sd]? to|scheduled for|planned for|(?:deadline|ultimatum)\s+(?:is|falls|expires|runs\s+out)|go\s+before|goes\s+before|(?:is|are|am)\s+[a-z]+ing)(?-u:\b)",
            ),
            deadline_cue: re(
                r"(?i)(?-u:\b)(must|should|has\s+to|have\s+to|needs?\s+to|has\s+until|have\s+until|had\s+until|demand(?:s|ed)?|ask(?:s|ed)?|call(?:s|ed)\s+for|order(?:s|ed)?|urge[sd]?|request(?:s|ed)?|gave|given|give[sn]?|deadline|ultimatum|cannot|can't|can’t|won't|won’t|extend(?:s|ed)?|prolong(?:s|ed)?|postpone[sd]?|adjourn(?:s|ed)?|defer(?:s|red)?|expect(?:s|ed)?|want(?:s|ed)?|await(?:s|ed)?)(?-u:\b)",
            ),
            clock_tail: re(
                r"(?i)(?-u:\b)(?:noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?)$",
            ),
            present_state: re(
                r"(?i)(?-u:\b)(is|are|remains?|stays?)\s+(?:\w+\s+)?(closed|shut|open|suspended|banned|off|in\s+force|in\s+place|on\s+hold)(?-u:\b)",
            ),
            any: None,
        };
        p.any = RegexSet::new(p.scanned().map(Regex::as_str)).ok();
        p
    })
}
