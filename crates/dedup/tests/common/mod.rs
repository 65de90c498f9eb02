//! Helpers shared by the integration tests: invented reports and articles.
#![allow(dead_code)]

use chrono::NaiveDate;
use crosscheck_types::{Article, DateSource, DocumentId, PublishedDate};

/// An id from a small number (64 hex digits).
pub fn id(n: u64) -> DocumentId {
    DocumentId::from_hex(&format!("{n:064x}")).expect("64 hex digits")
}

/// An article with the given id, day of March 2025 (None: undated), body.
pub fn article(n: u64, day: Option<u32>, body: &str) -> Article {
    Article {
        id: id(n),
        source: format!("test#{n}"),
        url: None,
        title: Some(format!("Headline {n}")),
        title_source: None,
        title_derived: false,
        subtitle: None,
        published: day.map(|d| PublishedDate {
            date: NaiveDate::from_ymd_opt(2025, 3, d).expect("valid day"),
            source: DateSource::Input,
        }),
        outlet: Some(format!("Outlet {n}")),
        byline: None,
        dateline: None,
        wire: None,
        language: Some("eng".into()),
        body: body.to_owned(),
        removed: Vec::new(),
    }
}

/// An invented wire report: a ferry stranded on a lake (eight paragraphs).
pub const FERRY: [&str; 8] = [
    "MERROW, March 3: A passenger ferry carrying 212 people ran aground on a sandbank in Lake Merrow on Sunday evening, leaving travellers stranded for nearly six hours before rescue boats reached them, officials of the regional water transport authority said.",
    "The vessel, the Silver Heron, had left the northern jetty at Calder Point at around 4.30 pm and was due to dock at Merrow harbour an hour later. Its hull struck the shallow bank about two kilometres from the shore as the light was fading and a strong crosswind picked up.",
    "No injuries were reported, though several elderly passengers were treated for exposure and dehydration after they were brought ashore, said Dr Ilse Varnholt, who heads the emergency ward of the Merrow district hospital. She said all of them were discharged by midnight.",
    "\"The crew kept everyone calm and handed out blankets and water while we waited,\" said Tomas Reyk, a schoolteacher returning from a weekend visit to his parents. \"Nobody knew how long it would take, and the phones had almost no signal out there.\"",
    "The transport authority's chairman, Benedikt Aulin, told reporters that water levels in the lake had dropped by nearly a metre over the past month because of the dry winter, and that the ferry's usual channel had not been dredged since the autumn.",
    "Aulin said an inquiry would examine whether the captain had been warned about the falling levels and whether the operator, Lakeline Services, had checked the route charts. He added that all crossings on the northern route would be suspended until the channel was surveyed.",
    "Lakeline Services said in a statement that it was cooperating fully with the inquiry and would refund every passenger. The company operates eleven ferries on the lake and carries about 900,000 passengers a year, most of them commuters and tourists in the summer months.",
    "Residents of Calder Point, who depend on the ferry to reach schools and markets in Merrow, said the suspension would force them onto a mountain road that adds ninety minutes to the journey. Local councillors have asked the authority to run a temporary bus service.",
];

/// The whole ferry report, paragraphs separated by blank lines.
pub fn ferry_body() -> String {
    FERRY.join("\n\n")
}

/// An invented second report of the same event by another outlet: its own
/// words, sharing the vocabulary and two quoted sentences with [`FERRY`].
pub const FERRY_OWN_REPORT: &str = "Rescue crews worked through Sunday night on Lake Merrow after the ferry Silver Heron grounded on a sandbank with 212 people on board, our correspondent at the harbour reports.

Families gathered at Merrow harbour from early evening, many of them waiting for news of relatives who had boarded at Calder Point. Police set up a help desk near the ticket office and read out the names of passengers as each rescue boat came in.

\"The crew kept everyone calm and handed out blankets and water while we waited,\" said Tomas Reyk, a schoolteacher returning from a weekend visit to his parents.

Boatmen at the harbour said they had warned for weeks that the lake was lower than anyone could remember. One of them, who asked not to be named, said smaller boats had been scraping the bottom near the northern channel since February.

The transport authority's chairman, Benedikt Aulin, told reporters that water levels in the lake had dropped by nearly a metre over the past month because of the dry winter.

Opposition members of the district council called for the operator's licence to be reviewed and said the authority had ignored earlier complaints about the route. A council meeting on the grounding has been called for Thursday.";

/// An invented, unrelated report (a library reopening).
pub const LIBRARY: &str = "The Westbrook public library reopened on Monday after an eighteen-month renovation that added a children's wing, a rooftop reading garden and a workshop where residents can repair bicycles and small appliances.

The city spent 4.2 million on the project, about a third of it raised by neighbourhood associations through book sales, concerts and a sponsored walk along the canal last spring.

Head librarian Margit Osterholm said more than 1,500 people came through the doors on the first morning. \"We ran out of library cards by eleven o'clock and had to print more in the back office,\" she said.

The building, a former grain exchange from 1897, kept its iron columns and glass roof. Architects said the biggest challenge had been bringing daylight into the basement, which now houses the local history archive.";

/// An invented wire report on an unrelated event (a port strike).
pub const STRIKE: &str = "Dock workers at the port of Sandvik walked off the job on Tuesday in a dispute over night-shift pay, halting the loading of grain and timber ships for the second time this year.

The dockers' union said talks with the port authority had broken down after the employers offered a raise of two percent, less than half of what the workers had asked for. Union leader Hedda Lorne said the strike would continue until a better offer was made.

The port authority said that eleven ships were waiting at anchor and that perishable cargo would be diverted to the neighbouring port of Ostervik. It urged the union to return to the table.";
