//! A distance per unit of time is a speed: "110 kilometres an hour", "40
//! miles per hour", "12 metres a second" count kilometres per hour, not
//! kilometres. The quantity takes the words of its rate and its unit
//! becomes "kilometre per hour".
//!
//! What it does not: other rates ("$19 an hour" is money per hour, kept as
//! written), or a speed written as a symbol ("km/h", read with its unit).

use super::Quantity;

/// Units of distance a speed is counted in.
const DISTANCES: &[&str] = &["kilometre", "kilometer", "mile", "metre", "meter", "knot"];

/// Units of time a speed is counted per, after "an", "a" or "per".
const PER: &[(&str, &str)] = &[
    (" an hour", "hour"),
    (" per hour", "hour"),
    (" a minute", "minute"),
    (" per minute", "minute"),
    (" a second", "second"),
    (" per second", "second"),
];

/// Turns each distance followed by its time unit into a speed.
pub(super) fn speeds(body: &str, out: &mut [Quantity]) {
    for q in out.iter_mut() {
        if !DISTANCES.contains(&q.unit.as_str()) {
            continue;
        }
        let Some(after) = body.get(q.end..) else {
            continue;
        };
        let rate = PER.iter().find(|(words, _)| {
            after.starts_with(words)
                && !after[words.len()..].starts_with(|c: char| c.is_alphanumeric())
        });
        if let Some((words, per)) = rate {
            q.end += words.len();
            if let Some(text) = body.get(q.start..q.end) {
                q.text = text.to_owned();
            }
            q.unit = format!("{} per {per}", q.unit);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::numbers::quantities;

    #[test]
    fn a_distance_per_hour_is_a_speed() {
        let body = "Gusts of more than 110 kilometres an hour hit the city; one reached 121 kilometres per hour.";
        let q = quantities(body);
        let speeds: Vec<(&str, &str)> = q
            .iter()
            .map(|q| (q.text.as_str(), q.unit.as_str()))
            .collect();
        assert_eq!(
            speeds,
            vec![
                ("more than 110 kilometres an hour", "kilometre per hour"),
                ("121 kilometres per hour", "kilometre per hour"),
            ]
        );
    }

    #[test]
    fn a_distance_alone_or_an_hourly_wage_is_no_speed() {
        let q = quantities("The storm crossed 300 kilometres. He earned $19 an hour.");
        assert!(q.iter().all(|q| !q.unit.contains(" per ")), "{q:?}");
    }
}
