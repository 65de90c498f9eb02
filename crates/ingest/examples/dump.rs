//! Prints what ingest makes of the given paths (or `-`): one line per
//! document and per problem. `cargo run -p crosscheck-ingest --example dump -- PATH...`

use crosscheck_ingest::{expand_inputs, ingest_input, IngestOptions};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (inputs, problems) = expand_inputs(&args);
    for problem in problems {
        println!("problem  {problem}");
    }
    let opts = IngestOptions::default();
    for input in &inputs {
        let out = ingest_input(input, &opts);
        for doc in &out.documents {
            let preview: String = doc.text.chars().take(70).collect();
            println!(
                "document {} {} {:?}/{:?} {} {} bytes raw, warnings {:?}\n         hints {:?}\n         text {:?}",
                doc.id.short(),
                doc.source,
                doc.container,
                doc.kind,
                doc.encoding,
                doc.raw.len(),
                doc.warnings,
                doc.hints,
                preview
            );
        }
        for problem in &out.problems {
            println!("problem  {problem}");
        }
    }
}
