//! Fitting labels into the scene's boxes without measuring the page: a
//! character's width is estimated from DejaVu Sans's advances (the widest
//! of the usual sans-serif fonts, so the estimate errs on the safe side),
//! and a label too wide for its room is cut with an ellipsis, wrapped, or
//! squeezed. The full text stays in each shape's tooltip.

use crate::float_format::display;

/// The estimated advance of `c` in ems.
fn advance(c: char) -> f64 {
    match c {
        ' ' | '·' | 'i' | 'l' | 'j' | 'I' | '!' | '.' | ',' | ':' | ';' | '\'' | '|' => 0.32,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '{' | '}' | '/' | '-' | '"' | '`' => 0.42,
        'm' | 'w' | 'M' | 'W' | 'ж' | 'ш' | 'щ' | 'ф' | 'ю' | 'ы' | 'м' | '…' | '%' | '@' | '×' => 0.92,
        'Ж' | 'Ш' | 'Щ' | 'Ф' | 'Ю' | 'Ы' | 'М' => 1.0,
        c if c.is_uppercase() => 0.74,
        _ => 0.63,
    }
}

/// About how wide `s` is at `px` pixels (bold text is a tenth wider).
pub fn text_width(s: &str, px: f64, bold: bool) -> f64 {
    let ems: f64 = s.chars().map(advance).sum();
    ems * px * if bold { 1.1 } else { 1.0 }
}

/// `s`, or its longest beginning that fits `room` pixels with an ellipsis.
pub fn fit(s: &str, room: f64, px: f64, bold: bool) -> String {
    if text_width(s, px, bold) <= room {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = text_width("…", px, bold);
    for c in s.chars() {
        used += text_width(c.encode_utf8(&mut [0; 4]), px, bold);
        if used > room {
            break;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// `s` whole with a `textLength` that squeezes it into `room` when it is
/// at most an eighth too wide (the estimate errs by a few hundredths, so the
/// squeeze is slight), otherwise `fit`'s cut.
pub fn fit_or_squeeze(s: &str, room: f64, px: f64, bold: bool) -> (String, Option<String>) {
    let w = text_width(s, px, bold);
    if w <= room {
        (s.to_string(), None)
    } else if w <= room * 1.125 {
        (s.to_string(), Some(display(room)))
    } else {
        (fit(s, room, px, bold), None)
    }
}

/// `s` in at most `lines` lines of `room` pixels, broken at spaces; the
/// last line ends with an ellipsis when the text goes on.
pub fn wrap(s: &str, room: f64, px: f64, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in s.split(' ') {
        let full = out.len() == lines;
        match out.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), px, false) <= room => {
                line.push(' ');
                line.push_str(word);
            }
            Some(line) if full => {
                // The line is cut where the room ends, so it always ends in "…".
                *line = fit(&format!("{line} {word} …"), room, px, false);
                break;
            }
            _ => out.push(fit(word, room, px, false)),
        }
    }
    out
}

/// A `textLength` that squeezes `s` into `room` pixels, when it needs it.
pub fn squeeze(s: &str, room: f64, px: f64) -> Option<String> {
    (text_width(s, px, false) > room).then(|| display(room))
}

/// `s` cut to `max` characters, the last one an ellipsis.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}
