//! Under the manual policy, the goroutines that may run next as a list of
//! buttons, so keyboard users can pick as mouse users click the scene; and,
//! when a goroutine's next step is a `select` with several ready cases, a
//! button per case so the user decides which one proceeds.

use super::i18n::Lang;
use super::state::Action;
use crate::sim::GIdx;
use yew::prelude::*;

/// A goroutine that may run next.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub index: GIdx,
    pub goid: u64,
    pub name: String,
    pub color: &'static str,
}

/// A ready case of the `select` a runnable goroutine would run next.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseChoice {
    pub index: GIdx,
    pub goid: u64,
    /// The case's position in the select, from 0 (as in replay choices).
    pub case: u16,
    /// The case's source text (`case v := <-a`), or empty when unknown.
    pub text: String,
}

/// The `case` clauses of the `select` statement at `line` (1-based; the
/// line a goroutine is at may be its first case's, where the channel operands
/// are evaluated, so the nearest `select {` at or above it is taken), in
/// order, as written (without the colon): found by reading the lines of its
/// block. Default is not a numbered case, so it is skipped.
/// Unusual layouts (two clauses on one line) give fewer texts; the chooser
/// then falls back to the case's number.
pub fn select_case_texts(source: &str, line: u32) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut opened = false;
    let lines: Vec<&str> = source.lines().collect();
    let at = (line as usize).clamp(1, lines.len().max(1)) - 1;
    let Some(start) = (at.saturating_sub(20)..=at).rev().find(|&i| lines.get(i).is_some_and(|l| l.contains("select")))
    else {
        return out;
    };
    for text in &lines[start..] {
        let trimmed = text.trim();
        if opened && depth == 1 && trimmed.starts_with("case ") {
            // The clause ends at its colon: the first one not part of `:=`.
            let bytes = trimmed.as_bytes();
            let colon =
                (0..bytes.len()).find(|&i| bytes[i] == b':' && bytes.get(i + 1) != Some(&b'=')).unwrap_or(bytes.len());
            let clause = trimmed[..colon].trim_end().to_string();
            out.push(clause);
        }
        for c in text.chars() {
            match c {
                '{' => {
                    depth += 1;
                    opened = true;
                }
                '}' => depth -= 1,
                _ => {}
            }
        }
        if opened && depth <= 0 {
            break;
        }
        if !opened && !trimmed.contains("select") {
            break;
        }
    }
    out
}

/// The buttons for `choices` and `cases` (nothing when no goroutine may be
/// chosen); a plain function, with no state of its own.
pub fn chooser(choices: &[Choice], cases: &[CaseChoice], lang: Lang, dispatch: &Callback<Action>) -> Html {
    let t = lang.text();
    let st = lang.sched();
    if choices.is_empty() {
        return html! {};
    }
    html! {
        <>
        <div class="chooser" role="group" aria-label={t.choose_next}>
            <span>{ t.choose_next }</span>
            { for choices.iter().map(|c| {
                let index = c.index;
                html! {
                    <button data-testid="choose-goroutine" data-gid={c.goid.to_string()}
                        onclick={dispatch.reform(move |_| Action::Choose(index))}
                        aria-label={format!("{} G{} {}", t.run_goroutine, c.goid, c.name)}>
                        <span class="swatch" style={format!("background:{}", c.color)}></span>
                        { format!("G{} {}", c.goid, c.name) }
                    </button>
                }
            }) }
        </div>
        if !cases.is_empty() {
            <div class="chooser cases" role="group" aria-label={st.choose_case}>
                <span>{ st.choose_case }</span>
                { for cases.iter().map(|c| {
                    let (index, case) = (c.index, c.case);
                    html! {
                        <button data-testid="choose-case" data-case={case.to_string()} data-gid={c.goid.to_string()}
                            onclick={dispatch.reform(move |_| Action::ChooseCase(index, case))}
                            aria-label={format!("{} {} {} {} G{}", st.take_case, case + 1, c.text, st.of_select, c.goid)}>
                            if c.text.is_empty() {
                                { format!("G{}: {} {}", c.goid, st.case_word, case + 1) }
                            } else {
                                { format!("G{}: {}", c.goid, c.text) }
                            }
                        </button>
                    }
                }) }
            </div>
        }
        </>
    }
}
