//! What an element's tag, class, id, role and itemprop say about it:
//! boilerplate (with the [`RemovalReason`] it would be dropped for) or
//! article content.
//!
//! Only general words of page furniture are known here (`nav`, `share`,
//! `comments`, `article-body`…), never a site's own names. Whether a hint
//! is obeyed is decided by the scorer ([`super::score`]), which overrides weak
//! hints on containers that hold most of the page's text.

use crosscheck_types::RemovalReason;

/// A boilerplate hint: why the element would be dropped, and how sure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Boiler {
    /// The reason recorded for blocks dropped under this element.
    pub reason: RemovalReason,
    /// A strong hint (a `<nav>`, a comment section) is obeyed even on a big
    /// container; a weak one (a class word such as `sidebar`) is not.
    pub strong: bool,
}

/// What an element's markup says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hint {
    /// Page furniture, if the markup says so.
    pub boiler: Option<Boiler>,
    /// 0: nothing; 1: a content word (`content`, `article`, `<main>`);
    /// 2: an article-body marker (`itemprop=articleBody`, `story-body`).
    pub content: u8,
}

fn weak(reason: RemovalReason) -> Option<Boiler> {
    Some(Boiler {
        reason,
        strong: false,
    })
}

fn strong(reason: RemovalReason) -> Option<Boiler> {
    Some(Boiler {
        reason,
        strong: true,
    })
}

/// The hint of the tag alone.
fn tag_hint(tag: &str) -> Hint {
    use RemovalReason as R;
    let (boiler, content) = match tag {
        "nav" => (strong(R::Navigation), 0),
        "footer" => (weak(R::PageFurniture), 0),
        "header" => (weak(R::PageFurniture), 0),
        "aside" => (weak(R::RelatedLinks), 0),
        "figcaption" => (strong(R::Caption), 0),
        "dialog" => (weak(R::CookieNotice), 0),
        "article" | "main" => (None, 1),
        _ => (None, 0),
    };
    Hint { boiler, content }
}

/// The hint of one lowercased class or id word.
fn word_hint(w: &str) -> (Option<Boiler>, u8) {
    use RemovalReason as R;
    let boiler = match w {
        "nav" | "navbar" | "navigation" | "menu" | "menubar" | "submenu" | "breadcrumb"
        | "breadcrumbs" | "pagination" | "pager" | "masthead" | "topbar" | "toolbar"
        | "skiplink" | "skip" => weak(R::Navigation),
        "related" | "recommended" | "recommendations" | "recirculation" | "trending"
        | "popular" | "mostread" | "mostpopular" | "outbrain" | "taboola" | "teaser"
        | "teasers" | "readmore" | "morestories" | "upnext" | "seealso" => weak(R::RelatedLinks),
        "share" | "sharing" | "shares" | "sharebar" | "social" | "socials" | "addthis"
        | "sharethis" | "socialshare" | "sharetools" => weak(R::ShareRow),
        "ad" | "ads" | "advert" | "adverts" | "advertisement" | "advertising" | "adslot"
        | "adunit" | "adsbygoogle" | "dfp" | "sponsor" | "sponsored" | "promo" | "promos"
        | "promotion" | "affiliate" | "outstream" | "adwrapper" | "adcontainer" => {
            weak(R::Advertisement)
        }
        "cookie" | "cookies" | "consent" | "gdpr" | "cmp" | "cookiebanner" => {
            strong(R::CookieNotice)
        }
        "comment" | "comments" | "disqus" | "discussion" | "respond" | "replies"
        | "commentlist" => strong(R::Comments),
        "newsletter" | "newsletters" | "subscribe" | "subscription" | "signup" | "optin"
        | "registration" => weak(R::Newsletter),
        "caption" | "captions" | "figcaption" | "imagecaption" => weak(R::Caption),
        "credit" | "credits" | "copyright" | "photocredit" => weak(R::Credit),
        "byline" | "bylines" | "author" | "authors" | "contributor" | "by" => weak(R::Byline),
        "dateline" | "timestamp" | "pubdate" | "published" | "datetime" => weak(R::DateLine),
        "tags" | "tag" | "keywords" | "topics" | "categories" | "taglist" => weak(R::KeywordRow),
        "footer" | "sidebar" | "widget" | "widgets" | "rail" | "sidebox" | "aside"
        | "complementary" | "popup" | "modal" | "overlay" | "header" | "banner" | "print"
        | "toc" => weak(R::PageFurniture),
        "hidden" | "hide" | "invisible" | "sronly" | "visuallyhidden" | "offscreen"
        | "controls" | "label" | "kicker" | "eyebrow" | "rubric" => weak(R::InterfaceLabel),
        "disclaimer" => weak(R::PageFurniture),
        _ => None,
    };
    let content = match w {
        "articlebody" | "storybody" | "postbody" | "entrycontent" | "postcontent"
        | "articlecontent" | "storycontent" | "articletext" | "storytext" | "bodytext"
        | "richtext" | "prose" => 2,
        "article" | "content" | "entry" | "post" | "story" | "main" | "text" | "body" | "blog" => 1,
        _ => 0,
    };
    (boiler, content)
}

/// Calls `f` with each lowercase alphanumeric word of an attribute value.
/// `story-body__inner` gives `story`, `body`, `inner`, and the joined pairs
/// `storybody`, `bodyinner`, so compound names match either spelling.
fn for_words(value: &str, mut f: impl FnMut(&str)) {
    let mut prev = String::new();
    let mut pair = String::new();
    for word in value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && w.len() <= 40)
    {
        let lower = word.to_ascii_lowercase();
        f(&lower);
        if !prev.is_empty() {
            pair.clear();
            pair.push_str(&prev);
            pair.push_str(&lower);
            f(&pair);
        }
        prev = lower;
    }
}

/// The hint of an element from its tag name and attributes.
pub fn classify(
    tag: &str,
    class: Option<&str>,
    id: Option<&str>,
    role: Option<&str>,
    itemprop: Option<&str>,
) -> Hint {
    use RemovalReason as R;
    let mut hint = tag_hint(tag);
    if let Some(prop) = itemprop {
        if prop.eq_ignore_ascii_case("articleBody") || prop.eq_ignore_ascii_case("text") {
            hint.content = 2;
        }
    }
    if let Some(role) = role {
        match role.trim().to_ascii_lowercase().as_str() {
            "navigation" | "menu" | "menubar" => hint.boiler = strong(R::Navigation),
            "banner" | "contentinfo" => hint.boiler = hint.boiler.or(weak(R::PageFurniture)),
            "complementary" => hint.boiler = hint.boiler.or(weak(R::RelatedLinks)),
            "dialog" | "alertdialog" => hint.boiler = hint.boiler.or(weak(R::CookieNotice)),
            "main" | "article" => hint.content = hint.content.max(1),
            _ => {}
        }
    }
    for value in [class, id].into_iter().flatten() {
        if value.len() > 400 {
            continue;
        }
        for_words(value, |w| {
            let (b, c) = word_hint(w);
            hint.content = hint.content.max(c);
            if let Some(b) = b {
                // A strong hint beats a weak one; otherwise the first word wins.
                match hint.boiler {
                    Some(old) if old.strong || !b.strong => {}
                    _ => hint.boiler = Some(b),
                }
            }
        });
    }
    hint
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_pairs() {
        let h = classify("div", Some("story-body__inner"), None, None, None);
        assert_eq!(h.content, 2);
        assert!(h.boiler.is_none());
        let h = classify("div", Some("post-comments"), None, None, None);
        assert_eq!(h.boiler.map(|b| b.reason), Some(RemovalReason::Comments));
        let h = classify("section", None, Some("commentary"), None, None);
        assert!(h.boiler.is_none());
        let h = classify("nav", None, None, None, None);
        assert_eq!(h.boiler.map(|b| b.reason), Some(RemovalReason::Navigation));
        let h = classify("div", Some("shared-content"), None, None, None);
        assert!(h.boiler.is_none());
    }
}
