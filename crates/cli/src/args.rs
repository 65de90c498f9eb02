//! Raw command-line flags, as clap parses them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// crosscheck: what independent news reports agree on, contradict, or say alone.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about, long_about = None)]
pub struct Cli {
    /// The store file [default: $CROSSCHECK_DB, else ./crosscheck.db].
    #[arg(long, global = true, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// More logging on stderr (-v info, -vv debug); CROSSCHECK_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// Output formats for commands that print data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for a person.
    Human,
    /// One JSON document on stdout.
    Json,
    /// One JSON object per line.
    Jsonl,
}

/// The `--format` flag every data-printing command takes.
#[derive(Clone, Copy, Debug, Args)]
pub struct FormatArg {
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Store reports: files, directories (recursive) or - for stdin. The format
    /// (HTML, text, JSON Lines, RSS/Atom, WARC, gzip of any) is sniffed from the bytes.
    Ingest {
        /// Inputs.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
        /// Largest input accepted, in MiB.
        #[arg(long, default_value_t = 64, value_name = "MIB")]
        max_input_mib: u64,
        /// Largest decompressed size of a gzip input, in MiB.
        #[arg(long, default_value_t = 256, value_name = "MIB")]
        max_decompressed_mib: u64,
        #[command(flatten)]
        format: FormatArg,
    },
    /// List the stored articles.
    Articles {
        /// Show the whole body of each article (human format).
        #[arg(long)]
        body: bool,
        #[command(flatten)]
        format: FormatArg,
    },
    /// One article with its body and every removed block.
    Article {
        /// The article's id or a unique prefix (6+ hex digits).
        id: String,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Which reports are copies of which (exact and near), and how many
    /// independent sources the store holds (copies and shared wire credits count once).
    Copies {
        #[command(flatten)]
        format: FormatArg,
    },
    /// Write a document's original bytes to stdout, byte for byte (with
    /// `--format json`: its id, source, size and the bytes in base64).
    ShowRaw {
        /// The document's id or a unique prefix (6+ hex digits).
        id: String,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Problems recorded while ingesting.
    Problems {
        #[command(flatten)]
        format: FormatArg,
    },
    /// Run extraction again on every stored document (no input is read again),
    /// then de-duplication and clustering.
    Reextract {
        #[command(flatten)]
        format: FormatArg,
    },
    /// The stories of the store, each split into its events.
    Stories {
        #[command(flatten)]
        format: FormatArg,
    },
    /// One story (or every story): per event, what independent outlets agree
    /// on and contradict, who said what, the sentence that placed each report,
    /// times and a timeline; the story's entities with their aliases.
    Show {
        /// The story's id, or a unique prefix of it (with or without `story-`);
        /// every story when left out.
        story: Option<String>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// The entities of the stored reports (or one story's), aliases resolved
    /// across them, each with every mention and its byte offsets.
    Entities {
        /// Only this story's reports (id or unique prefix).
        #[arg(long)]
        story: Option<String>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Every quote of the stored reports (or one story's), direct and
    /// indirect, with its speaker, speech verb, channel and byte offsets.
    Quotes {
        /// Only this story's reports (id or unique prefix).
        #[arg(long)]
        story: Option<String>,
        #[command(flatten)]
        format: FormatArg,
    },
    /// Rebuild copy links, stories and events from the stored articles.
    Recluster {
        #[command(flatten)]
        format: FormatArg,
    },
    /// Measure a stage against evaluation data.
    Eval {
        /// What to evaluate.
        #[command(subcommand)]
        what: EvalCommand,
    },
    /// Time a stage.
    Bench {
        /// What to time.
        #[command(subcommand)]
        what: BenchCommand,
    },
}
/// `crosscheck eval …`.
#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Article extraction against a benchmark folder (ground-truth.json + html/),
    /// with the benchmark's own shingle metric.
    Extract {
        /// The benchmark folder.
        #[arg(long, value_name = "DIR")]
        data: PathBuf,
        /// How many of the worst pages to list.
        #[arg(long, default_value_t = 10)]
        worst: usize,
        #[command(flatten)]
        format: FormatArg,
    },
    /// The stored stories, events and copies against a gold file
    /// (`{ stories: [{ id, events: [{ id, articles: [source] }] }], copies }`,
    /// articles named by their source: the JSON Lines id or input path).
    /// Pairwise and B-cubed precision, recall and F1.
    Cluster {
        /// The gold file.
        #[arg(long, value_name = "FILE")]
        gold: PathBuf,
        #[command(flatten)]
        format: FormatArg,
    },
    /// The reader (quotes and speakers, entities and aliases, times, numbers)
    /// on the stored reports a reading gold file names (`tests/data/seeds/read.json`
    /// shape; reports named by source or file name), against that gold.
    Read {
        /// The gold file.
        #[arg(long, value_name = "FILE")]
        gold: PathBuf,
        /// How many misses to list (human format).
        #[arg(long, default_value_t = 20)]
        misses: usize,
        #[command(flatten)]
        format: FormatArg,
    },
    /// The findings of every stored story against a cross-check gold file
    /// (`demo/crosscheck/gold.json` shape; reports named by source or file
    /// name): conflicts found, false conflicts, corroborated, exclusive and
    /// quote-variant recall.
    Crosscheck {
        /// The gold file.
        #[arg(long, value_name = "FILE")]
        gold: PathBuf,
        /// Cross-check the gold file's events (its `events`, each listing
        /// its reports under `articles`) instead of the stored ones: scores
        /// the cross-check stage alone, whatever clustering did.
        #[arg(long)]
        gold_events: bool,
        #[command(flatten)]
        format: FormatArg,
    },
}

/// `crosscheck bench …`.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Extraction throughput on one thread, parse included (reading and
    /// decompressing the pages excluded).
    Extract {
        /// The benchmark folder (ground-truth.json + html/).
        #[arg(long, value_name = "DIR")]
        data: PathBuf,
        /// How many passes over the pages.
        #[arg(long, default_value_t = 3)]
        repeat: usize,
        #[command(flatten)]
        format: FormatArg,
    },
    /// De-duplication + clustering on generated corpora with known copies
    /// and stories: seconds per stage, reports/s, peak memory, precision and
    /// recall of the copies and of the stories found.
    Cluster {
        /// Corpus sizes to run, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "10000,30000,100000")]
        synthetic: Vec<usize>,
        /// The generator's seed.
        #[arg(long, default_value_t = 42)]
        seed: u64,
        #[command(flatten)]
        format: FormatArg,
    },
    /// The whole reader (sentences, times, entities resolved per story,
    /// quotes, numbers) on the stored stories, one thread: MB/s of body text.
    Read {
        /// How many passes over the stories.
        #[arg(long, default_value_t = 3)]
        repeat: usize,
        #[command(flatten)]
        format: FormatArg,
    },
    /// De-duplication on generated corpora with known copies: throughput,
    /// peak memory, precision and recall of the copies found.
    Dedup {
        /// Corpus sizes to run, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "10000,30000,100000")]
        synthetic: Vec<usize>,
        /// The generator's seed.
        #[arg(long, default_value_t = 42)]
        seed: u64,
        #[command(flatten)]
        format: FormatArg,
    },
}
