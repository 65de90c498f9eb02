//! Small calendar value helpers shared by the stages that read dates.

/// The month number (1–12) of an English month name or abbreviation
/// ("October", "Oct", "Oct.", "Sept"); `None` for anything else.
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    let month = match lower.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(month)
}

#[cfg(test)]
mod tests {
    use super::month_number;

    #[test]
    fn names_and_abbreviations() {
        assert_eq!(month_number("October"), Some(10));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("mar"), Some(3));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Monday"), None);
    }
}
