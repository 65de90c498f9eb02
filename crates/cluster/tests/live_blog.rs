//! A live blog whose entries carry clock stamps only, and whose one dated
//! sentence tells, in the present tense, of a day to come ("get their
//! deposits back on Friday"): read as the Friday before, four days before
//! publication, that date is the only one the blog gives, outside its lead
//! and told with no event verb. It is no evidence of the blog's own day: the
//! blog is placed by content, with the reports of its day, not in an event
//! of its own (invented reports: a market hall roof fire at Brellin,
//! Tuesday 9 March 2027, and the council's decision two weeks later).

mod common;

use common::{articles_in, event_sets, events_by_source, stories};

/// (source, published day of March 2027, title, body)
const REPORTS: &[(&str, u32, &str, &str)] = &[
    (
        "brellincourier-fire",
        9,
        "Fire guts Brellin market hall roof",
        "BRELLIN – Fire destroyed the roof of the Brellin covered market on Tuesday afternoon, \
         forcing 300 stallholders and shoppers into the square, the Dunmere fire brigade said.\n\n\
         The blaze started in a bakery flue and spread along the timber rafters of the hall.\n\n\
         Mayor Oriel Tansy said the market hall would stay shut until engineers had checked the walls.",
    ),
    (
        "dunmerepost-fire",
        10,
        "Brellin market hall burns; stallholders count losses",
        "BRELLIN – Stallholders at the Brellin covered market were counting their losses on \
         Wednesday after a fire tore through the hall's roof on Tuesday afternoon.\n\n\
         Mayor Oriel Tansy said the bakery flue that caught fire had been inspected in January.\n\n\
         The Dunmere fire brigade sent nine engines to the market hall.",
    ),
    (
        "radiobrellin-live",
        9,
        "Live: fire at Brellin market hall",
        "14:20 – Smoke is pouring from the roof of the Brellin covered market, and the square is being cleared.\n\n\
         14:45 – The Dunmere fire brigade says nine engines are at the market hall; the timber rafters are alight.\n\n\
         15:30 – Mayor Oriel Tansy, outside the hall: \"Everyone is out, and that is what matters.\"\n\n\
         16:10 – The roof has fallen in. Stallholders get their deposits back on Friday, the market office says.\n\n\
         17:05 – The fire is out. Engineers will check the walls before anyone goes back into the market hall.",
    ),
    (
        "brellincourier-decision",
        23,
        "Brellin council votes to rebuild market hall roof",
        "BRELLIN – Brellin council voted on Tuesday to rebuild the roof of the covered market \
         that burned two weeks ago, at a cost of 4 million marks.\n\n\
         Mayor Oriel Tansy said the market hall would reopen in the autumn.\n\n\
         Stallholders will trade from tents in the square until then, the council decided.",
    ),
    (
        "dunmerepost-decision",
        24,
        "Market hall to be rebuilt, council decides",
        "BRELLIN – The Brellin council decided on Tuesday to rebuild the burned roof of the \
         covered market for 4 million marks, Mayor Oriel Tansy said.\n\n\
         The stallholders' association welcomed the vote but asked for lower rents in the tents.",
    ),
];

#[test]
fn a_live_blog_dated_only_by_a_stale_aside_joins_its_days_reports() {
    let articles = articles_in(2027, 3, REPORTS);
    let stories = stories(&articles);
    assert_eq!(stories.len(), 1, "one story");
    let want = event_sets(&[
        &[
            "brellincourier-fire",
            "dunmerepost-fire",
            "radiobrellin-live",
        ],
        &["brellincourier-decision", "dunmerepost-decision"],
    ]);
    assert_eq!(events_by_source(&articles, &stories[0]), want);
}
