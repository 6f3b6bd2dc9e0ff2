//! The code editor: a plain textarea over a gutter of line numbers, with one
//! colored marker per goroutine on the line it is at and the lines of compile
//! errors flagged.

use super::state::DiagnosticView;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

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
    pub on_change: Callback<String>,
}

#[function_component(Editor)]
pub fn editor(p: &EditorProps) -> Html {
    let line_count = p.source.split('\n').count().max(1);
    let on_input = p.on_change.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    html! {
        <div class="editor">
            <div class="gutter" aria-hidden="true">
                { for (1..=line_count as u32).map(|line| {
                    let here: Vec<&Marker> = p.markers.iter().filter(|m| m.line == line).collect();
                    let error = p.diagnostics.iter().any(|d| d.line == line);
                    let class = classes!("gutter-line", error.then_some("has-error"), here.iter().any(|m| m.running).then_some("current"));
                    html! {
                        <div class={class}>
                            <span class="markers">
                                { for here.iter().map(|m| html! {
                                    <span class="marker" style={format!("background:{}", m.color)} title={format!("G{}", m.goid)}></span>
                                }) }
                            </span>
                            <span class="line-number">{ line }</span>
                        </div>
                    }
                }) }
            </div>
            <textarea
                data-testid="editor"
                class="code"
                spellcheck="false"
                autocapitalize="off"
                autocomplete="off"
                aria-label="Go source code"
                rows={line_count.to_string()}
                value={p.source.clone()}
                oninput={on_input}
            />
        </div>
    }
}
