//! Scene shapes written as SVG text and handed to yew as raw HTML: one
//! `write!` per element costs far less wasm than an `html!` element, and a
//! shape whose text did not change is left alone in the page (yew compares
//! the text). Shapes that listen to events or animate by key (group nodes,
//! the value in flight) stay `html!`; clicks on the others reach the
//! scene's one delegated handler through their `data-*` attributes.

use crate::float_format::Num;
use std::fmt::{self, Display, Write};
use yew::Html;

/// Text escaped for an XML attribute or element.
pub struct Esc<'a>(pub &'a str);

impl Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '&' => f.write_str("&amp;")?,
                '<' => f.write_str("&lt;")?,
                '>' => f.write_str("&gt;")?,
                '"' => f.write_str("&quot;")?,
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// A `textLength` squeeze (from `text_fit`), or nothing.
pub struct Len<'a>(pub &'a Option<String>);

impl Display for Len<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(w) => write!(f, r#" textLength="{w}" lengthAdjust="spacingAndGlyphs""#),
            None => Ok(()),
        }
    }
}

/// Writes one `<text>` element with its class, place and extra attributes.
pub fn text(out: &mut String, class: &str, x: f64, y: f64, extra: impl Display, content: &str) {
    let _ = write!(out, r#"<text class="{class}" x="{}" y="{}"{extra}>{}</text>"#, Num(x), Num(y), Esc(content));
}

/// Writes a `<title>` (the tooltip with the whole text).
pub fn title(out: &mut String, content: &str) {
    let _ = write!(out, "<title>{}</title>", Esc(content));
}

/// A shape's SVG text as a node of the page.
pub fn raw(svg: String) -> Html {
    Html::from_html_unchecked(svg.into())
}
