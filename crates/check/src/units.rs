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

/// How far a figure written with decimals before a scale word may stand
/// from the exact value it rounds: half a unit of its last digit ("3.41
/// million" is 3,405,000 to 3,415,000: 5,000; "4.3bn": 50 million). A
/// figure written in full ("3,412,500") or without decimals ("3 million")
/// gives 0: it is taken as written.
pub(crate) fn rounding_step(written: &str) -> f64 {
    let lower = written.to_lowercase();
    let Some(dot) = lower.find(|c: char| c.is_ascii_digit()).and_then(|first| {
        let digits = &lower[first..];
        let int_len = digits.find(|c: char| !c.is_ascii_digit() && c != ',')?;
        digits[int_len..]
            .starts_with('.')
            .then_some(first + int_len)
    }) else {
        return 0.0;
    };
    let decimals = lower[dot + 1..]
        .chars()
        .take_while(char::is_ascii_digit)
        .count();
    let rest = lower[dot + 1 + decimals..].trim_start();
    let scale_word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let scale = match scale_word.as_str() {
        "thousand" | "k" => 1e3,
        "million" | "m" | "mn" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return 0.0,
    };
    let Ok(exponent) = i32::try_from(decimals) else {
        return 0.0;
    };
    if decimals == 0 {
        return 0.0;
    }
    0.5 * scale * 10f64.powi(-exponent)
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

    #[test]
    fn a_figure_with_decimals_before_a_scale_word_is_rounded() {
        let near = |written: &str, step: f64| (rounding_step(written) - step).abs() < 1e-6;
        assert!(near("3.41 million marrits", 5_000.0));
        assert!(near("4.3 MILLION marrits", 50_000.0));
        assert!(near("$1.25bn", 5_000_000.0));
        assert!(near("3,412,500 marrits", 0.0));
        assert!(near("3 million", 0.0));
        assert!(near("2.5 percent", 0.0));
    }
}
