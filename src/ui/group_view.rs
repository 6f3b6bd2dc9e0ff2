//! Aggregated goroutines: one frame per `go` statement, holding one node per
//! state with its count; a click opens the group into cards (or closes it).

use super::i18n::Lang;
use super::scene_view::GroupKey;
use super::svg_raw::{self, raw, Esc};
use super::text_fit::fit;
use crate::float_format::{display, Num};
use crate::viz::groups::{GroupView, SiteView, CELL_H, CELL_W, FRAME_H};
use crate::viz::scene::CARD_W;
use yew::prelude::*;

/// The frame and title of one `go` statement's groups.
pub fn site_frame(s: &SiteView, lang: Lang) -> Html {
    let title = match lang {
        Lang::En => format!("go {} · line {} · {} goroutines", s.name, s.line, s.total),
        Lang::Ru => format!("go {} · строка {} · горутин: {}", s.name, s.line, s.total),
    };
    let mut out = format!(
        r#"<g class="go-site" data-testid="go-site" data-name="{}" data-total="{}" transform="translate({},{})"><rect class="site-frame" width="{}" height="{}" rx="8"/>"#,
        Esc(&s.name),
        s.total,
        Num(s.x),
        Num(s.y),
        Num(CARD_W),
        Num(FRAME_H)
    );
    svg_raw::title(&mut out, &title);
    svg_raw::text(&mut out, "title", 10.0, 16.0, "", &fit(&title, CARD_W - 20.0, 14.0, true));
    out.push_str("</g>");
    raw(out)
}

/// One group node: the count and the state; a button that expands it. A
/// click is its own (so that a click that does not bubble opens it too);
/// its keys go to the scene's one key handler, which reads `data-group`,
/// its place in the list.
pub fn group_node(g: &GroupView, index: usize, lang: Lang, on_toggle: &Callback<GroupKey>) -> Html {
    let key = (g.site, g.state);
    let onclick = on_toggle.reform(move |_: MouseEvent| key);
    let state = g.state.as_str();
    let label = match (lang, g.expanded) {
        (Lang::En, false) => format!("{} goroutines {} {state}: show them", g.count, g.name),
        (Lang::En, true) => format!("{} goroutines {} {state}: fold them", g.count, g.name),
        (Lang::Ru, false) => format!("горутин {} ({}), {}: показать", g.count, g.name, lang.text().state(g.state)),
        (Lang::Ru, true) => format!("горутин {} ({}), {}: свернуть", g.count, g.name, lang.text().state(g.state)),
    };
    let room = CELL_W - 16.0;
    html! {
        <g class={classes!("goroutine-group", state, g.expanded.then_some("expanded"))} data-testid="goroutine-group"
            data-count={g.count.to_string()} data-state={state} data-name={g.name.clone()}
            data-expanded={g.expanded.to_string()} data-group={index.to_string()}
            transform={format!("translate({},{})", Num(g.x), Num(g.y))}
            role="button" tabindex="0" aria-expanded={g.expanded.to_string()} aria-label={label.clone()} {onclick}>
            <title>{ label }</title>
            <rect class="cell" width={display(CELL_W)} height={display(CELL_H)} rx="6" />
            <rect class="stripe" width="5" height={display(CELL_H)} rx="2" fill={g.color} />
            <text class="count" x="12" y="16">{ fit(&format!("×{}", g.count), room, 13.0, true) }</text>
            <text class="cell-state" x="12" y="29">{ fit(lang.text().state(g.state), room, 10.0, false) }</text>
        </g>
    }
}
