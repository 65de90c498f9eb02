//! Units and numbers in one written form.

/// A unit in one form: lowercase, last word, singular ("Patrol vessels" →
/// "vessel", "fishermen" → "fisherman", "per cent" → "percent"). A rate
/// keeps both sides ("cubic metres per second" → "cubic metre per second")
/// and a dimension stays ("square kilometre"): they are other measures than
/// the bare noun.
pub(crate) fn normalise_unit(unit: &str) -> String {
    let lower = unit.trim().to_lowercase();
    if matches!(lower.as_str(), "%" | "per cent" | "percent" | "pc") {
        return "percent".to_owned();
    }
    if let Some((what, per)) = lower.split_once(" per ") {
        return format!("{} per {}", normalise_unit(what), normalise_unit(per));
    }
    let mut words = lower.split_whitespace();
    if let (Some(dim @ ("cubic" | "square")), Some(noun)) = (words.next(), words.last()) {
        return format!("{dim} {}", normalise_unit(noun));
    }
    let last = lower.split_whitespace().last().unwrap_or("").to_owned();
    if let Some(stem) = last.strip_suffix("men") {
        return format!("{stem}man");
    }
    if let Some(stem) = last.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if last.ends_with('s') && !last.ends_with("ss") && last.len() > 3 {
        return last[..last.len() - 1].to_owned();
    }
    last
}

/// Days in one unit of time, for comparing lengths written in different units.
pub(crate) fn days_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "second" => 1.0 / 86400.0,
        "minute" => 1.0 / 1440.0,
        "hour" => 1.0 / 24.0,
        "day" => 1.0,
        "night" => 1.0,
        "week" => 7.0,
        "fortnight" => 14.0,
        "month" => 30.0,
        "year" => 365.0,
        "decade" => 3650.0,
        "century" => 36500.0,
        _ => return None,
    })
}

/// Tonnes in one unit of mass, for comparing weights written in different
/// units ("18 tonnes", "40,000 pounds", "480 kilograms"). The short and
/// long "ton" are left out: which one a report means, it rarely says.
pub(crate) fn tonnes_per(unit: &str) -> Option<f64> {
    Some(match unit {
        "tonne" | "t" => 1.0,
        "kilogram" | "kilogramme" | "kg" => 0.001,
        "gram" => 1e-6,
        "lb" => 0.000_453_592_37,
        _ => return None,
    })
}

/// A number without a trailing ".0".
pub(crate) fn fmt_num(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{}", x.round() as i64)
    } else {
        format!("{x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_are_normalised() {
        assert_eq!(normalise_unit("fishermen"), "fisherman");
        assert_eq!(normalise_unit("Patrol vessels"), "vessel");
        assert_eq!(normalise_unit("per cent"), "percent");
        assert_eq!(normalise_unit("days"), "day");
        assert_eq!(normalise_unit("casualties"), "casualty");
        assert_eq!(normalise_unit("class"), "class");
        assert_eq!(
            normalise_unit("cubic metres per second"),
            "cubic metre per second"
        );
        assert_eq!(normalise_unit("square kilometres"), "square kilometre");
    }

    #[test]
    fn weights_are_in_tonnes() {
        assert_eq!(tonnes_per("kilogram"), Some(0.001));
        assert!(tonnes_per("lb").is_some_and(|t| (40_000.0 * t - 18.14).abs() < 0.01));
        assert_eq!(tonnes_per("ton"), None);
    }
}
