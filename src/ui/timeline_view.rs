//! The timeline: one lane per goroutine with the steps it ran, print marks
//! and the cursor; a click seeks to that step. It zooms (buttons, or the
//! wheel with Ctrl held) and scrolls sideways, draws only what is on screen
//! (the rows scrolled into view, the steps in the window), and keeps the
//! cursor in view while the run plays. With many goroutines, a `go`
//! statement's lanes are one group lane (how many live, how many wait, when
//! any runs) whose label opens it into its members' lanes.

use super::i18n::Lang;
use super::timeline_zoom::{Window, ZOOM_STEP};
use crate::float_format::{display, fixed, Num};
use crate::viz::{Row, Timeline};
use std::fmt::Write;
use std::rc::Rc;
use web_sys::{Element, MouseEvent, WheelEvent};
use yew::prelude::*;

const LANE_H: f64 = 18.0;
const LABEL_W: f64 = 44.0;
/// The label column when there are group lanes ("▾ worker ×200").
const GROUP_LABEL_W: f64 = 132.0;
/// The visible height of the lanes assumed before the page has laid them out.
const DEFAULT_VIEW_H: f64 = 240.0;
/// Rows drawn beyond the visible ones, above and below.
const ROW_MARGIN: usize = 2;
/// The drawing width assumed before the page has laid the timeline out.
const DEFAULT_W: f64 = 860.0;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub timeline: Rc<Timeline>,
    pub cursor: usize,
    pub on_seek: Callback<usize>,
    pub lang: Lang,
    /// Presentation mode: lanes and labels drawn `LARGE` times taller.
    #[prop_or_default]
    pub large: bool,
}

/// How much taller presentation mode draws the lanes and their labels.
const LARGE: f64 = 1.4;

#[function_component(TimelineView)]
pub fn timeline_view(p: &TimelineProps) -> Html {
    let t = &p.timeline;
    let text = p.lang.text();
    let scroller = use_node_ref();
    let width = use_state_eq(|| DEFAULT_W);
    let zoom = use_state_eq(|| 1.0f64);
    let scroll = use_state_eq(|| 0.0f64);
    let win = Window { width: *width, total: t.total_steps.max(1), zoom: *zoom, scroll: *scroll };
    // The `go` statements opened into their lanes, and the rows that makes.
    let open = use_state(Vec::<(u32, u32)>::new);
    let rows = {
        let t = t.clone();
        use_memo((Rc::as_ptr(&t) as usize, (*open).clone()), move |(_, open)| t.rows(open))
    };
    // The lanes are laid out in units of `LANE_H` and drawn `k` times that.
    let k = if p.large { LARGE } else { 1.0 };
    let height = rows.len() as f64 * LANE_H + 8.0;
    let height_px = display(height * k);
    // Only the rows scrolled into view are drawn.
    let body = use_node_ref();
    let top = use_state_eq(|| 0.0f64);
    let view_h = use_state_eq(|| DEFAULT_VIEW_H);
    let row_range = {
        let first = ((*top / k - 4.0) / LANE_H).floor().max(0.0) as usize;
        let last = ((*top + *view_h) / k / LANE_H).ceil() as usize;
        (first.saturating_sub(ROW_MARGIN), (last + ROW_MARGIN).min(rows.len()))
    };
    let lanes = {
        let (t, rows) = (t.clone(), rows.clone());
        use_memo((Rc::as_ptr(&t) as usize, Rc::as_ptr(&rows) as usize, row_range, win), move |_| {
            AttrValue::from(lanes_svg(&t, &rows, row_range, &win))
        })
    };
    let label_w = if t.groups.is_empty() { LABEL_W } else { GROUP_LABEL_W };
    let on_body_scroll = {
        let (top, view_h) = (top.clone(), view_h.clone());
        move |e: Event| {
            let el: Element = e.target_unchecked_into();
            top.set(el.scroll_top() as f64);
            view_h.set(el.client_height() as f64);
        }
    };
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |site: (u32, u32)| {
            let mut list = (*open).clone();
            match list.iter().position(|s| *s == site) {
                Some(i) => {
                    list.remove(i);
                }
                None => list.push(site),
            }
            open.set(list);
        })
    };

    // After each render: measure the drawing width, put the scroll where the
    // zoom wants it, and bring the cursor into view if it moved out of it
    // (a user scrolling away from a still cursor is left alone).
    let followed = use_mut_ref(|| usize::MAX);
    {
        let (scroller, width, scroll) = (scroller.clone(), width.clone(), scroll.clone());
        let (body, view_h) = (body.clone(), view_h.clone());
        let cursor = p.cursor;
        use_effect(move || {
            let before = std::mem::replace(&mut *followed.borrow_mut(), cursor);
            let moved = before != cursor;
            // While playing, the cursor moves at every frame: the layout is
            // not read then unless the scroll must change, because reading
            // it forces the browser to lay the page out twice per frame.
            let first = before == usize::MAX;
            if let Some(el) = scroller.cast::<Element>() {
                if !moved || first {
                    let w = el.client_width() as f64;
                    if w > 0.0 {
                        width.set(w);
                    }
                    if let Some(h) = body.cast::<Element>().map(|b| b.client_height() as f64).filter(|h| *h > 0.0) {
                        view_h.set(h);
                    }
                }
                let target = win.follow(cursor).filter(|_| moved).unwrap_or(win.clamp_scroll(win.scroll));
                let changes = (target - win.clamp_scroll(win.scroll)).abs() >= 1.0;
                if (changes || !moved || first) && (el.scroll_left() as f64 - target).abs() >= 1.0 {
                    el.set_scroll_left(target.round() as i32);
                }
                scroll.set(target);
            }
        });
    }

    let zoom_to = {
        let (zoom, scroll) = (zoom.clone(), scroll.clone());
        move |factor: f64, x: f64| {
            let w = win.zoomed(win.clamp_zoom(win.zoom) * factor, x);
            zoom.set(w.zoom);
            scroll.set(w.scroll);
        }
    };
    let on_scroll = {
        let scroll = scroll.clone();
        move |e: Event| scroll.set(e.target_unchecked_into::<Element>().scroll_left() as f64)
    };
    let on_wheel = {
        let zoom_to = zoom_to.clone();
        move |e: WheelEvent| {
            if !e.ctrl_key() {
                return;
            }
            e.prevent_default();
            let el: Element = e.current_target().map(wasm_bindgen::JsCast::unchecked_into).expect("scroller");
            let x = e.client_x() as f64 - el.get_bounding_client_rect().left();
            zoom_to(if e.delta_y() < 0.0 { ZOOM_STEP } else { 1.0 / ZOOM_STEP }, x);
        }
    };
    let on_click = p.on_seek.reform(move |e: MouseEvent| {
        let el: Element = e.current_target().map(wasm_bindgen::JsCast::unchecked_into).expect("scroller");
        win.step_at(e.client_x() as f64 - el.get_bounding_client_rect().left())
    });
    let center = win.width / 2.0;
    let (zoom_in, zoom_out) = (zoom_to.clone(), zoom_to.clone());
    let fit = {
        let (zoom, scroll) = (zoom.clone(), scroll.clone());
        move |_| {
            zoom.set(1.0);
            scroll.set(0.0);
        }
    };
    let (first, last) = win.visible();
    let z = win.clamp_zoom(win.zoom);

    html! {
        <div class="timeline-view">
            <div class="timeline-tools" role="group" aria-label={text.timeline}>
                <button data-testid="zoom-out" onclick={move |_| zoom_out(1.0 / ZOOM_STEP, center)} disabled={z <= 1.0}
                    aria-label={text.zoom_out} title={format!("{} (Ctrl + wheel)", text.zoom_out)}>{ "−" }</button>
                <button data-testid="zoom-in" onclick={move |_| zoom_in(ZOOM_STEP, center)} disabled={z >= win.max_zoom()}
                    aria-label={text.zoom_in} title={format!("{} (Ctrl + wheel)", text.zoom_in)}>{ "+" }</button>
                <button data-testid="zoom-fit" onclick={fit} disabled={z <= 1.0} aria-label={text.zoom_fit}
                    title={text.zoom_fit}>{ "⤢" }</button>
                <span class="zoom-label">{ format!("×{}", Num((z * 10.0).round() / 10.0)) }</span>
                <button class="svg-export" data-testid="export-timeline-svg" onclick={|_| super::svg_export::export_timeline()}
                    aria-label={super::phrases::words(p.lang).export_timeline}
                    title={super::phrases::words(p.lang).export_timeline}>{ "SVG ⤓" }</button>
            </div>
            <div class="timeline-body" ref={body} onscroll={on_body_scroll}>
                <svg class="timeline-labels" width={display(label_w * k)} height={height_px.clone()}
                    viewBox={format!("0 0 {} {}", Num(label_w), Num(height))}>
                    { for (row_range.0..row_range.1).map(|i| label_html(t, rows[i], i, p.lang, &on_toggle)) }
                </svg>
                <div class="timeline-scroll" data-testid="timeline" ref={scroller} onscroll={on_scroll} onwheel={on_wheel}
                    onclick={on_click} role="slider" aria-label={text.timeline_label} aria-valuemin="0"
                    aria-valuemax={t.total_steps.to_string()} aria-valuenow={p.cursor.to_string()}
                    data-zoom={display(z)} data-first={first.to_string()} data-last={last.to_string()}
                    data-rows={rows.len().to_string()}>
                    <div class="timeline-track" style={format!("width:{}px;height:{height_px}px", Num(win.content_width().round()))}>
                        <svg class="timeline" width={display(win.width)} height={height_px.clone()}
                            viewBox={format!("0 0 {} {}", Num(win.width), Num(height))} preserveAspectRatio="none">
                            { Html::from_html_unchecked((*lanes).clone()) }
                            <line class="cursor" x1={display(win.x(p.cursor as f64))} x2={display(win.x(p.cursor as f64))}
                                y1="0" y2={display(height)} />
                        </svg>
                    </div>
                </div>
            </div>
        </div>
    }
}

/// Every lane on screen as SVG text, built again only when the timeline, its
/// rows, the rows on screen or the window change: moving the cursor while
/// playing re-renders only the cursor line, not thousands of runs.
fn lanes_svg(t: &Timeline, rows: &[Row], range: (usize, usize), win: &Window) -> String {
    let mut s = String::from(r#"<g class="lanes">"#);
    for (i, row) in rows.iter().enumerate().take(range.1).skip(range.0) {
        match *row {
            Row::Lane { lane, .. } => lane_svg(&mut s, win, i, &t.lanes[lane]),
            Row::Group { group, .. } => group_svg(&mut s, win, i, &t.groups[group]),
        }
    }
    s.push_str("</g>");
    s
}

/// The runs on screen: a bar `h` tall from `top` for each, at least 1.5
/// wide so a single step stays visible.
fn runs_svg(s: &mut String, win: &Window, runs: &[(usize, usize)], top: f64, h: f64, color: &str) {
    for (x, w) in win.spans(runs) {
        let _ = write!(
            s,
            r#"<rect class="run" x="{}" y="{}" width="{}" height="{}" fill="{color}"/>"#,
            Num(x),
            Num(top),
            Num(w.max(1.5)),
            Num(h)
        );
    }
}

/// Print marks: a short upright line at each print on screen.
fn marks_svg(s: &mut String, win: &Window, prints: &[usize], y: f64) {
    for x in win.marks(prints) {
        let x = Num(x);
        let _ =
            write!(s, r#"<line class="print-mark" x1="{x}" x2="{x}" y1="{}" y2="{}"/>"#, Num(y + 1.0), Num(y + 15.0));
    }
}

/// One goroutine's lane: its life line, the runs and prints on screen.
fn lane_svg(s: &mut String, win: &Window, i: usize, lane: &crate::viz::Lane) {
    let y = 4.0 + i as f64 * LANE_H;
    let born = win.x(lane.born as f64).max(0.0);
    let _ = write!(s, r#"<g class="lane" data-gid="{}">"#, lane.goid);
    if born < win.width {
        let _ = write!(
            s,
            r#"<line class="lane-life" x1="{}" x2="{}" y1="{}" y2="{}"/>"#,
            Num(born),
            Num(win.width),
            Num(y + 8.0),
            Num(y + 8.0)
        );
    }
    runs_svg(s, win, &lane.runs, y + 2.0, 12.0, lane.color);
    marks_svg(s, win, &lane.prints, y);
    s.push_str("</g>");
}

/// A row's label: `G7` for a lane (indented inside an opened group), or a
/// button that opens or folds a group lane.
fn label_html(t: &Timeline, row: Row, i: usize, lang: Lang, on_toggle: &Callback<(u32, u32)>) -> Html {
    let y = display(4.0 + i as f64 * LANE_H + 12.0);
    match row {
        Row::Lane { lane, member } => html! {
            <text class="lane-label" x={if member { "16" } else { "4" }} {y} aria-hidden="true">
                { format!("G{}", t.lanes[lane].goid) }
            </text>
        },
        Row::Group { group, open } => {
            let g = &t.groups[group];
            let site = g.site;
            let onclick = on_toggle.reform(move |_: MouseEvent| site);
            let onkeydown = {
                let on_toggle = on_toggle.clone();
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Enter" || e.key() == " " {
                        e.prevent_default();
                        on_toggle.emit(site);
                    }
                })
            };
            let label = match (lang, open) {
                (Lang::En, false) => {
                    format!("go {} (line {}): {} goroutines in one lane; show each", g.name, g.line, g.members.len())
                }
                (Lang::En, true) => format!("go {} (line {}): fold {} lanes into one", g.name, g.line, g.members.len()),
                (Lang::Ru, false) => format!(
                    "go {} (строка {}): горутин {} в одной дорожке; показать каждую",
                    g.name,
                    g.line,
                    g.members.len()
                ),
                (Lang::Ru, true) => format!("go {} (строка {}): свернуть дорожки: {}", g.name, g.line, g.members.len()),
            };
            let mut name: String = g.name.chars().take(12).collect();
            if name.len() < g.name.len() {
                name.push('…');
            }
            html! {
                <g class="lane-group-label" data-testid="timeline-group" data-name={g.name.clone()}
                    data-count={g.members.len().to_string()} data-expanded={open.to_string()} role="button" tabindex="0"
                    aria-expanded={open.to_string()} aria-label={label.clone()} {onclick} {onkeydown}>
                    <title>{ label }</title>
                    <rect x="1" y={display(4.0 + i as f64 * LANE_H)} width={display(GROUP_LABEL_W - 2.0)}
                        height={display(LANE_H - 2.0)} rx="4" />
                    <text class="lane-label" x="4" {y}>
                        { format!("{} {name} ×{}", if open { "▾" } else { "▸" }, g.members.len()) }
                    </text>
                </g>
            }
        }
    }
}

/// A group lane: how many of its goroutines live (light) and wait
/// (shaded), as heights, with the steps any of them ran along the bottom.
fn group_svg(s: &mut String, win: &Window, i: usize, g: &crate::viz::LaneGroup) {
    let y = 4.0 + i as f64 * LANE_H;
    let n = g.members.len().max(1) as f64;
    let area = |points: &[(usize, u32)]| {
        let mut d = String::new();
        for (x, w, c) in win.levels(points) {
            let h = 12.0 * c as f64 / n;
            let _ = write!(
                d,
                "M{},{}v{}h{}v{}z",
                fixed(x, 1),
                fixed(y + 14.0, 1),
                fixed(-h, 1),
                fixed(w.max(1.0), 1),
                fixed(h, 1)
            );
        }
        d
    };
    let _ = write!(
        s,
        r#"<g class="lane lane-group" data-name="{}"><path class="group-alive" d="{}" fill="{}"/><path class="group-wait" d="{}"/>"#,
        super::svg_raw::Esc(&g.name),
        area(&g.alive),
        g.color,
        area(&g.waiting)
    );
    runs_svg(s, win, &g.runs, y + 14.0, 3.0, g.color);
    marks_svg(s, win, &g.prints, y);
    s.push_str("</g>");
}
