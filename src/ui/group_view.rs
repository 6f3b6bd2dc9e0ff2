//! Aggregated goroutines: one frame per `go` statement, holding one node per
//! state with its count; a click opens the group into cards (or closes it).

use super::i18n::Lang;
use super::scene_view::GroupKey;
use crate::float_format::display;
use crate::viz::groups::{GroupView, SiteView, CELL_H, CELL_W, FRAME_H};
use crate::viz::scene::CARD_W;
use yew::prelude::*;

/// The frame and title of one `go` statement's groups.
pub fn site_frame(s: &SiteView, lang: Lang) -> Html {
    let title = match lang {
        Lang::En => format!("go {} · line {} · {} goroutines", s.name, s.line, s.total),
        Lang::Ru => format!("go {} · строка {} · горутин: {}", s.name, s.line, s.total),
    };
    html! {
        <g class="go-site" data-testid="go-site" data-name={s.name.clone()} data-total={s.total.to_string()}
            transform={format!("translate({},{})", display(s.x), display(s.y))}>
            <rect class="site-frame" width={display(CARD_W)} height={display(FRAME_H)} rx="8" />
            <text class="title" x="10" y="16">{ title }</text>
        </g>
    }
}

/// One group node: the count and the state; a button that expands it.
pub fn group_node(g: &GroupView, lang: Lang, on_toggle: &Callback<GroupKey>) -> Html {
    let key = (g.site, g.state);
    let onclick = on_toggle.reform(move |_: MouseEvent| key);
    let onkeydown = {
        let on_toggle = on_toggle.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                on_toggle.emit(key);
            }
        })
    };
    let state = g.state.as_str();
    let label = match (lang, g.expanded) {
        (Lang::En, false) => format!("{} goroutines {} {state}: show them", g.count, g.name),
        (Lang::En, true) => format!("{} goroutines {} {state}: fold them", g.count, g.name),
        (Lang::Ru, false) => format!("горутин {} ({}), {}: показать", g.count, g.name, lang.text().state(g.state)),
        (Lang::Ru, true) => format!("горутин {} ({}), {}: свернуть", g.count, g.name, lang.text().state(g.state)),
    };
    html! {
        <g class={classes!("goroutine-group", state, g.expanded.then_some("expanded"))} data-testid="goroutine-group"
            data-count={g.count.to_string()} data-state={state} data-name={g.name.clone()}
            data-expanded={g.expanded.to_string()} transform={format!("translate({},{})", display(g.x), display(g.y))}
            role="button" tabindex="0" aria-expanded={g.expanded.to_string()} aria-label={label.clone()}
            {onclick} {onkeydown}>
            <title>{ label }</title>
            <rect class="cell" width={display(CELL_W)} height={display(CELL_H)} rx="6" />
            <rect class="stripe" width="5" height={display(CELL_H)} rx="2" fill={g.color} />
            <text class="count" x="12" y="16">{ format!("×{}", g.count) }</text>
            <text class="cell-state" x="12" y="29">{ lang.text().state(g.state) }</text>
        </g>
    }
}
