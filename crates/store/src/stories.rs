//! Stories and events in SQLite: each story is stored whole as JSON, with an
//! article → story/event index beside it.

use crosscheck_types::Story;
use rusqlite::{params, Connection};

use crate::StoreError;

/// Replaces every story in one transaction.
pub(crate) fn replace(conn: &mut Connection, stories: &[Story]) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    tx.execute("DELETE FROM story_articles", [])?;
    tx.execute("DELETE FROM stories", [])?;
    {
        let mut insert_story =
            tx.prepare("INSERT INTO stories (id, position, title, data) VALUES (?1, ?2, ?3, ?4)")?;
        let mut insert_article = tx.prepare(
            "INSERT INTO story_articles (document_id, story_id, event_id) VALUES (?1, ?2, ?3)",
        )?;
        for (position, story) in stories.iter().enumerate() {
            insert_story.execute(params![
                story.id,
                position as i64,
                story.title,
                serde_json::to_string(story)?,
            ])?;
            for event in &story.events {
                for article in &event.articles {
                    insert_article.execute(params![article.as_str(), story.id, event.id])?;
                }
            }
        }
    }
    tx.commit()?;
    Ok(())
}

/// Every story, in stored order.
pub(crate) fn all(conn: &Connection) -> Result<Vec<Story>, StoreError> {
    let mut stmt = conn.prepare("SELECT data FROM stories ORDER BY position")?;
    let mut rows = stmt.query([])?;
    let mut stories = Vec::new();
    while let Some(row) = rows.next()? {
        stories.push(decode(&row.get::<_, String>(0)?)?);
    }
    Ok(stories)
}

/// One story by id or unique prefix (of the id, or of its hex part).
pub(crate) fn find(conn: &Connection, id_or_prefix: &str) -> Result<Story, StoreError> {
    let query = id_or_prefix.trim();
    let not_found = || StoreError::StoryNotFound(id_or_prefix.to_owned());
    if query.is_empty() {
        return Err(not_found());
    }
    let prefix = if query.starts_with("story-") {
        query.to_owned()
    } else {
        format!("story-{query}")
    };
    // Every id starting with `prefix` sorts between it and it followed by
    // the highest scalar value: a range scan, no LIKE escaping needed.
    let upper = format!("{prefix}\u{10ffff}");
    let mut stmt =
        conn.prepare("SELECT id, data FROM stories WHERE id >= ?1 AND id < ?2 ORDER BY id")?;
    let rows: Vec<(String, String)> = stmt
        .query_map(params![prefix, upper], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    if let Some((_, data)) = rows.iter().find(|(id, _)| *id == prefix) {
        return decode(data);
    }
    match rows.as_slice() {
        [(_, data)] => decode(data),
        [] => Err(not_found()),
        _ => Err(StoreError::AmbiguousStory {
            prefix: query.to_owned(),
            count: rows.len(),
        }),
    }
}

fn decode(data: &str) -> Result<Story, StoreError> {
    serde_json::from_str(data).map_err(|e| StoreError::Corrupt {
        what: "story".to_owned(),
        reason: e.to_string(),
    })
}
