//! Short lines that are interface furniture whatever their markup says:
//! "Advertisement", "Share this", "Read more", "Follow us on …".
//!
//! Only whole short blocks are judged; a sentence that merely mentions
//! advertising is prose.

use crosscheck_types::RemovalReason;

/// The longest block judged as a label, in characters.
const MAX_LABEL: usize = 60;

/// The longest sign-off judged ("Reporting by …; Editing by …").
const MAX_SIGN_OFF: usize = 240;

/// Why a short block is furniture, if it is.
pub fn label_reason(text: &str) -> Option<RemovalReason> {
    use RemovalReason as R;
    let len = text.chars().count();
    if len <= MAX_SIGN_OFF && is_sign_off(text) {
        return Some(R::WireCredit);
    }
    if len > MAX_LABEL {
        return None;
    }
    let t: String = text
        .trim()
        .trim_end_matches([':', '.', '!', '»', '›', '→', '>', '|'])
        .trim()
        .to_lowercase();
    if t.is_empty() || !t.chars().any(char::is_alphanumeric) {
        return Some(R::StraySymbol);
    }
    let exact = match t.as_str() {
        "advertisement"
        | "advertising"
        | "ad"
        | "ads"
        | "sponsored"
        | "sponsored content"
        | "paid content"
        | "story continues below advertisement"
        | "continue reading below"
        | "article continues below"
        | "story continues below" => Some(R::Advertisement),
        "share" | "share this" | "share this article" | "share this story" | "tweet" | "email"
        | "print" | "facebook" | "twitter" | "linkedin" | "whatsapp" | "pinterest" | "reddit"
        | "copy link" | "share on facebook" | "share on twitter" => Some(R::ShareRow),
        "read more" | "related" | "related articles" | "related stories" | "more stories"
        | "recommended" | "you may also like" | "more from" | "see also" | "also read"
        | "read next" | "continue reading" | "show more" | "load more" => Some(R::RelatedLinks),
        "comments" | "comment" | "leave a comment" | "post a comment" | "reply" => {
            Some(R::Comments)
        }
        "sign up" | "subscribe" | "subscribe now" | "newsletter" => Some(R::Newsletter),
        "menu"
        | "close"
        | "skip to content"
        | "skip to main content"
        | "search"
        | "home"
        | "back to top"
        | "toggle navigation"
        | "log in"
        | "login"
        | "sign in" => Some(R::InterfaceLabel),
        _ => None,
    };
    if exact.is_some() {
        return exact;
    }
    let starts = |p: &str| t.starts_with(p);
    if starts("follow us") || starts("share this") || starts("share on ") {
        Some(R::ShareRow)
    } else if starts("sign up for") || starts("subscribe to") {
        Some(R::Newsletter)
    } else if ["copyright", "©", "photo:", "image:", "source:", "sources:"]
        .iter()
        .any(|p| starts(p))
    {
        Some(R::Credit)
    } else {
        None
    }
}

/// A wire sign-off: "(Reporting by A; Editing by B)", "Additional
/// reporting by C".
fn is_sign_off(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['(', '[']).to_lowercase();
    [
        "reporting by ",
        "additional reporting by ",
        "editing by ",
        "writing by ",
        "compiled by ",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(
            label_reason("ADVERTISEMENT"),
            Some(RemovalReason::Advertisement)
        );
        assert_eq!(label_reason("Share this:"), Some(RemovalReason::ShareRow));
        assert_eq!(label_reason("•"), Some(RemovalReason::StraySymbol));
        assert_eq!(label_reason("The ad market fell 3% in May."), None);
    }
}
