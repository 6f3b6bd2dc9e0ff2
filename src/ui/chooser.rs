//! Under the manual policy, the goroutines that may run next as a list of
//! buttons, so keyboard users can pick as mouse users click the scene.

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

#[derive(Properties, PartialEq)]
pub struct ChooserProps {
    pub choices: Vec<Choice>,
    pub lang: Lang,
    pub on_choose: Callback<GIdx>,
}

#[function_component(Chooser)]
pub fn chooser(p: &ChooserProps) -> Html {
    let t = p.lang.text();
    if p.choices.is_empty() {
        return html! {};
    }
    html! {
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
    }
}
