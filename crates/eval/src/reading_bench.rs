//! Throughput of the whole reading stage (sentences, times, entities with
//! their resolution across a story, quotes, numbers) on one thread.

use std::time::Instant;

use crosscheck_types::Article;
use serde::Serialize;

use crate::extraction::thread_cpu_seconds;

/// How fast the reader ran.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReadingThroughput {
    /// Articles read in the timed passes (over all repeats).
    pub articles: usize,
    /// Articles of the other stories, read once, untimed, before them.
    pub warm_up_articles: usize,
    /// Bytes of article body read (over all repeats).
    pub bytes: usize,
    /// Seconds taken: the reading thread's CPU time where the platform has
    /// a thread clock, else wall-clock time.
    pub seconds: f64,
    /// Millions of body bytes per second, on one core.
    pub mb_per_second: f64,
    /// Seconds spent in each part of the reader (same thread clock).
    pub parts: Vec<PartTime>,
}

/// Time spent in one part of the reader.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PartTime {
    /// The part: sentences, times, mentions, quotes, numbers, resolve.
    pub part: &'static str,
    /// Its seconds.
    pub seconds: f64,
}

/// Reads groups of articles (a story: its entities are resolved across it)
/// `repeat` times on a one-thread pool, part by part as
/// [`crosscheck_read::read_corpus`] does.
///
/// The stories are dealt into two halves. Every other story is read once,
/// untimed, on the timed thread: the reader's patterns and tables are built
/// on first use, once per process, a regex keeps a fast scratch space for
/// the first thread that uses it, and its lazy automaton grows states as
/// new text reaches them; a long batch pays that once. The other half is
/// then timed: its first pass reads text this process has never seen, as
/// a batch's next report is (later passes re-read it). One story alone is
/// both warmed on and timed.
pub fn bench_reading(stories: &[Vec<Article>], repeat: usize) -> ReadingThroughput {
    let repeat = repeat.max(1);
    let (timed, warming): (Vec<&Vec<Article>>, Vec<&Vec<Article>>) = if stories.len() < 2 {
        (stories.iter().collect(), stories.iter().collect())
    } else {
        let (even, odd): (Vec<_>, Vec<_>) =
            stories.iter().enumerate().partition(|(i, _)| i % 2 == 0);
        (
            even.into_iter().map(|(_, s)| s).collect(),
            odd.into_iter().map(|(_, s)| s).collect(),
        )
    };
    let warm_up_articles = if stories.len() < 2 {
        0
    } else {
        warming.iter().map(|s| s.len()).sum()
    };
    let stories = timed;
    let warm_up = || {
        for story in &warming {
            std::hint::black_box(crosscheck_read::read_corpus(story));
        }
    };
    let wall = Instant::now();
    // The parts `read_corpus` runs, timed one by one (same work, same order).
    let run = || {
        let clock = || thread_cpu_seconds().unwrap_or_else(|| wall.elapsed().as_secs_f64());
        let mut parts = [0.0f64; 6];
        let mut sink = 0usize;
        for _ in 0..repeat {
            for &story in &stories {
                let mut all_mentions = Vec::with_capacity(story.len());
                let mut all_sentences = Vec::with_capacity(story.len());
                for article in story {
                    let body = article.body.as_str();
                    let t0 = clock();
                    let sentences = crosscheck_read::sentences(body);
                    let t1 = clock();
                    let times = crosscheck_read::times(body, article.published.map(|p| p.date));
                    let t2 = clock();
                    let mentions = crosscheck_read::entities::mentions_in(body, &sentences);
                    let t3 = clock();
                    let quotes = crosscheck_read::quotes::quotes_in(body, &sentences);
                    let t4 = clock();
                    let numbers = crosscheck_read::numbers::quantities(body);
                    let t5 = clock();
                    for (i, d) in [t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4]
                        .iter()
                        .enumerate()
                    {
                        parts[i] += d;
                    }
                    sink = sink.wrapping_add(times.len() + quotes.len() + numbers.len());
                    all_mentions.push(crosscheck_read::entities::ArticleMentions {
                        article: &article.id,
                        body,
                        mentions,
                    });
                    all_sentences.push(sentences);
                }
                // The story's one-word names, and the reports read again
                // for them (a part of finding mentions).
                let t0 = clock();
                let names: std::collections::HashSet<String> = all_mentions
                    .iter()
                    .zip(&all_sentences)
                    .flat_map(|(a, s)| {
                        crosscheck_read::entities::story_names(a.body, s, &a.mentions)
                    })
                    .collect();
                for (a, s) in all_mentions.iter_mut().zip(&all_sentences) {
                    crosscheck_read::entities::reread_for_story_names(
                        a.body,
                        s,
                        &mut a.mentions,
                        &names,
                    );
                }
                parts[2] += clock() - t0;
                let t0 = clock();
                let table = crosscheck_read::entities::resolve(&all_mentions);
                parts[5] += clock() - t0;
                sink = sink.wrapping_add(table.entities().len());
            }
        }
        std::hint::black_box(sink);
        parts
    };
    // One worker: the reader's internal parallelism runs on it, and its
    // thread clock counts all the work.
    let parts = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .map_or_else(
            |_| {
                warm_up();
                run()
            },
            |pool| {
                pool.install(|| {
                    warm_up();
                    run()
                })
            },
        );
    let names = [
        "sentences",
        "times",
        "mentions",
        "quotes",
        "numbers",
        "resolve",
    ];
    let seconds: f64 = parts.iter().sum();
    let articles = stories.iter().map(|s| s.len()).sum::<usize>() * repeat;
    let bytes = stories
        .iter()
        .flat_map(|s| s.iter())
        .map(|a| a.body.len())
        .sum::<usize>()
        * repeat;
    ReadingThroughput {
        articles,
        warm_up_articles,
        bytes,
        seconds,
        mb_per_second: if seconds > 0.0 {
            bytes as f64 / seconds / 1e6
        } else {
            0.0
        },
        parts: names
            .iter()
            .zip(parts)
            .map(|(&part, seconds)| PartTime { part, seconds })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crosscheck_testkit::article;

    #[test]
    fn times_every_other_story_after_warming_on_the_rest() {
        let stories = vec![
            vec![article(1, "Ann Lee said on Monday that 12 boats left.")],
            vec![
                article(2, "The port reopened."),
                article(3, "It had been shut for four days."),
            ],
            vec![article(4, "\"We are ready,\" the mayor said.")],
        ];
        let t = bench_reading(&stories, 2);
        // Stories 0 and 2 are timed, twice; story 1 warms the reader up.
        assert_eq!(t.articles, 4);
        assert_eq!(t.warm_up_articles, 2);
        let timed_bytes = stories[0][0].body.len() + stories[2][0].body.len();
        assert_eq!(t.bytes, 2 * timed_bytes);
        assert_eq!(t.parts.len(), 6);
    }

    #[test]
    fn one_story_is_warmed_on_and_timed() {
        let stories = vec![vec![article(
            1,
            "Ann Lee said on Monday that 12 boats left.",
        )]];
        let t = bench_reading(&stories, 1);
        assert_eq!((t.articles, t.warm_up_articles), (1, 0));
    }
}
