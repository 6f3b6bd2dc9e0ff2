//! The code editor: a transparent textarea over a highlighted copy of the
//! same text, beside a gutter of line numbers with one colored marker per
//! goroutine on the line it is at. Compile-error lines are underlined and
//! carry their messages as titles.

use super::highlight::{highlight, Piece};
use super::i18n::Lang;
use super::state::{Action, DiagnosticView, Session};
use web_sys::{Element, HtmlTextAreaElement, KeyboardEvent, MouseEvent};
use yew::prelude::*;

/// Markers drawn on one line at most; more show as a count (`+37`), so
/// hundreds of goroutines on one line stay cheap to draw.
const MAX_MARKERS: usize = 5;

/// The classes of a gutter line and of a highlighted line, indexed by
/// `has_error | current << 1` (plain strings: no class list per line).
const GUTTER_CLASSES: [&str; 4] =
    ["gutter-line", "gutter-line has-error", "gutter-line current", "gutter-line has-error current"];
const LINE_CLASSES: [&str; 4] = ["hl-line", "hl-line has-error", "hl-line current", "hl-line has-error current"];

/// A goroutine's position, drawn in the gutter in its color.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub line: u32,
    pub color: &'static str,
    pub goid: u64,
    pub running: bool,
}

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub source: String,
    pub markers: Vec<Marker>,
    pub diagnostics: Vec<DiagnosticView>,
    /// The session's dispatcher, which compares equal between renders.
    pub dispatch: UseReducerDispatcher<Session>,
    pub lang: Lang,
}

/// The messages of the compile errors on `line`, one per text line.
fn messages_on(diagnostics: &[DiagnosticView], line: u32) -> Option<String> {
    let msgs: Vec<&str> = diagnostics.iter().filter(|d| d.line == line).map(|d| d.message.as_str()).collect();
    (!msgs.is_empty()).then(|| msgs.join("\n"))
}

fn piece_html(piece: &Piece) -> Html {
    match piece.class {
        Some(c) => html! { <span class={c}>{ &piece.text }</span> },
        None => html! { { &piece.text } },
    }
}

#[function_component(Editor)]
pub fn editor(p: &EditorProps) -> Html {
    let t = p.lang.text();
    let pre_ref = use_node_ref();
    let hover_line = use_state_eq(|| 0u32);
    // After Escape, the next Tab leaves the editor instead of inserting a tab.
    let escaped = use_mut_ref(|| false);
    let lines = use_memo(p.source.clone(), |src| highlight(src));
    let line_count = lines.len().max(1);
    // The textarea is as wide as the longest line (tabs are four columns), so
    // the panel scrolls sideways instead of clipping long lines.
    let cols = p
        .source
        .split('\n')
        .map(|l| l.chars().map(|c| if c == '\t' { 4 } else { 1 }).sum::<usize>())
        .max()
        .unwrap_or(0)
        + 2;

    let on_input = {
        let d = p.dispatch.clone();
        move |e: InputEvent| d.dispatch(Action::SetSource(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let on_keydown = {
        let d = p.dispatch.clone();
        move |e: KeyboardEvent| {
            let key = e.key();
            if key == "Escape" {
                *escaped.borrow_mut() = true;
                return;
            }
            let leave = std::mem::take(&mut *escaped.borrow_mut());
            if key != "Tab" || leave || e.shift_key() || e.ctrl_key() || e.alt_key() || e.meta_key() {
                return;
            }
            e.prevent_default();
            let ta: HtmlTextAreaElement = e.target_unchecked_into();
            let (Ok(Some(start)), Ok(Some(end))) = (ta.selection_start(), ta.selection_end()) else { return };
            if ta.set_range_text_with_start_and_end_and_mode("\t", start, end, "end").is_ok() {
                d.dispatch(Action::SetSource(ta.value()));
            }
        }
    };
    // The highlighted copy follows the textarea's scrolling.
    let on_scroll = {
        let pre_ref = pre_ref.clone();
        move |e: Event| {
            let ta: HtmlTextAreaElement = e.target_unchecked_into();
            if let Some(pre) = pre_ref.cast::<Element>() {
                pre.set_scroll_left(ta.scroll_left());
                pre.set_scroll_top(ta.scroll_top());
            }
        }
    };
    // The textarea's title is the error message of the line under the mouse.
    let on_mousemove = {
        let pre_ref = pre_ref.clone();
        let hover_line = hover_line.clone();
        move |e: MouseEvent| {
            let ta: HtmlTextAreaElement = e.target_unchecked_into();
            let line_h = pre_ref
                .cast::<Element>()
                .and_then(|pre| pre.first_element_child())
                .map(|l| l.get_bounding_client_rect().height())
                .filter(|h| *h > 0.0)
                .unwrap_or(20.0);
            hover_line.set(((e.offset_y() + ta.scroll_top()) as f64 / line_h) as u32 + 1);
        }
    };
    let title = messages_on(&p.diagnostics, *hover_line);

    html! {
        <div class="editor">
            <div class="gutter" aria-hidden="true">
                { for (1..=line_count as u32).map(|line| {
                    let here: Vec<&Marker> = p.markers.iter().filter(|m| m.line == line).collect();
                    let error = messages_on(&p.diagnostics, line);
                    let class = GUTTER_CLASSES[error.is_some() as usize | (here.iter().any(|m| m.running) as usize) << 1];
                    html! {
                        <div class={class} title={error}>
                            <span class="markers">
                                { for here.iter().take(MAX_MARKERS).map(|m| html! {
                                    <span class="marker" style={format!("background:{}", m.color)} title={format!("G{}", m.goid)}></span>
                                }) }
                                if here.len() > MAX_MARKERS {
                                    <span class="marker-more">{ format!("+{}", here.len() - MAX_MARKERS) }</span>
                                }
                            </span>
                            <span class="line-number">{ line }</span>
                        </div>
                    }
                }) }
            </div>
            <div class="code-area">
                <pre class="highlight" aria-hidden="true" ref={pre_ref}>
                    { for lines.iter().enumerate().map(|(i, pieces)| {
                        let error = messages_on(&p.diagnostics, i as u32 + 1);
                        let current = p.markers.iter().any(|m| m.running && m.line == i as u32 + 1);
                        let class = LINE_CLASSES[error.is_some() as usize | (current as usize) << 1];
                        // An error line is underlined from its first token to its end.
                        let indent = if error.is_some() { pieces.iter().take_while(|p| p.class.is_none()).count() } else { pieces.len() };
                        html! {
                            <div {class} title={error}>
                                { for pieces[..indent].iter().map(piece_html) }
                                if indent < pieces.len() {
                                    <span class="squiggle">{ for pieces[indent..].iter().map(piece_html) }</span>
                                }
                            </div>
                        }
                    }) }
                </pre>
                <textarea
                    data-testid="editor"
                    class="code"
                    spellcheck="false"
                    autocapitalize="off"
                    autocomplete="off"
                    wrap="off"
                    aria-label={t.editor_label}
                    rows={line_count.to_string()}
                    cols={cols.to_string()}
                    value={p.source.clone()}
                    {title}
                    oninput={on_input}
                    onkeydown={on_keydown}
                    onscroll={on_scroll}
                    onmousemove={on_mousemove}
                    onmouseleave={move |_| hover_line.set(0)}
                />
            </div>
        </div>
    }
}
