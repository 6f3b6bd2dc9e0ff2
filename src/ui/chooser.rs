//! Under the manual policy, the goroutines that may run next as a list of
//! buttons, so keyboard users can pick as mouse users click the scene; and,
//! when a goroutine's next step is a `select` with several ready cases, a
//! button per case so the user decides which one proceeds.

use super::i18n::Lang;
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
}

#[derive(Properties, PartialEq)]
pub struct ChooserProps {
    pub choices: Vec<Choice>,
    pub lang: Lang,
    pub on_choose: Callback<GIdx>,
    #[prop_or_default]
    pub cases: Vec<CaseChoice>,
    #[prop_or_default]
    pub on_choose_case: Callback<(GIdx, u16)>,
}

#[function_component(Chooser)]
pub fn chooser(p: &ChooserProps) -> Html {
    let t = p.lang.text();
    let st = p.lang.sched();
    if p.choices.is_empty() {
        return html! {};
    }
    html! {
        <>
        <div class="chooser" role="group" aria-label={t.choose_next}>
            <span>{ t.choose_next }</span>
            { for p.choices.iter().map(|c| {
                let index = c.index;
                html! {
                    <button data-testid="choose-goroutine" data-gid={c.goid.to_string()}
                        onclick={p.on_choose.reform(move |_| index)}
                        aria-label={format!("{} G{} {}", t.run_goroutine, c.goid, c.name)}>
                        <span class="swatch" style={format!("background:{}", c.color)}></span>
                        { format!("G{} {}", c.goid, c.name) }
                    </button>
                }
            }) }
        </div>
        if !p.cases.is_empty() {
            <div class="chooser cases" role="group" aria-label={st.choose_case}>
                <span>{ st.choose_case }</span>
                { for p.cases.iter().map(|c| {
                    let (index, case) = (c.index, c.case);
                    html! {
                        <button data-testid="choose-case" data-case={case.to_string()} data-gid={c.goid.to_string()}
                            onclick={p.on_choose_case.reform(move |_| (index, case))}
                            aria-label={format!("{} {} {} G{}", st.take_case, case + 1, st.of_select, c.goid)}>
                            { format!("G{}: {} {}", c.goid, st.case_word, case + 1) }
                        </button>
                    }
                }) }
            </div>
        }
        </>
    }
}
