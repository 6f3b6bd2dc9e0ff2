//! The timeline: one lane per goroutine with the steps it ran, print marks
//! and the cursor; a click seeks to that step. It zooms (buttons, or the
//! wheel with Ctrl held) and scrolls sideways, draws only what is on screen,
//! and keeps the cursor in view while the run plays.

use super::i18n::Lang;
use super::timeline_zoom::{Window, ZOOM_STEP};
use crate::viz::Timeline;
use std::rc::Rc;
use web_sys::{Element, MouseEvent, WheelEvent};
use yew::prelude::*;

const LANE_H: f64 = 18.0;
const LABEL_W: f64 = 44.0;
/// The drawing width assumed before the page has laid the timeline out.
const DEFAULT_W: f64 = 860.0;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub timeline: Rc<Timeline>,
    pub cursor: usize,
    pub on_seek: Callback<usize>,
    pub lang: Lang,
}

#[function_component(TimelineView)]
pub fn timeline_view(p: &TimelineProps) -> Html {
    let t = &p.timeline;
    let text = p.lang.text();
    let scroller = use_node_ref();
    let width = use_state_eq(|| DEFAULT_W);
    let zoom = use_state_eq(|| 1.0f64);
    let scroll = use_state_eq(|| 0.0f64);
    let win = Window { width: *width, total: t.total_steps.max(1), zoom: *zoom, scroll: *scroll };
    let height = t.lanes.len() as f64 * LANE_H + 8.0;

    // After each render: measure the drawing width, put the scroll where the
    // zoom wants it, and bring the cursor into view if it moved out of it
    // (a user scrolling away from a still cursor is left alone).
    let followed = use_mut_ref(|| usize::MAX);
    {
        let (scroller, width, scroll) = (scroller.clone(), width.clone(), scroll.clone());
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
                <span class="zoom-label">{ format!("×{}", (z * 10.0).round() / 10.0) }</span>
                <button class="svg-export" data-testid="export-timeline-svg" onclick={|_| super::svg_export::export_timeline()}
                    aria-label={super::phrases::words(p.lang).export_timeline}
                    title={super::phrases::words(p.lang).export_timeline}>{ "SVG ⤓" }</button>
            </div>
            <div class="timeline-body">
                <svg class="timeline-labels" width={LABEL_W.to_string()} height={height.to_string()} aria-hidden="true">
                    { for t.lanes.iter().enumerate().map(|(i, lane)| html! {
                        <text class="lane-label" x="4" y={(4.0 + i as f64 * LANE_H + 12.0).to_string()}>{ format!("G{}", lane.goid) }</text>
                    }) }
                </svg>
                <div class="timeline-scroll" data-testid="timeline" ref={scroller} onscroll={on_scroll} onwheel={on_wheel}
                    onclick={on_click} role="slider" aria-label={text.timeline_label} aria-valuemin="0"
                    aria-valuemax={t.total_steps.to_string()} aria-valuenow={p.cursor.to_string()}
                    data-zoom={z.to_string()} data-first={first.to_string()} data-last={last.to_string()}>
                    <div class="timeline-track" style={format!("width:{}px;height:{height}px", win.content_width().round())}>
                        <svg class="timeline" width={win.width.to_string()} height={height.to_string()}>
                            <Lanes timeline={t.clone()} {win} />
                            <line class="cursor" x1={win.x(p.cursor as f64).to_string()} x2={win.x(p.cursor as f64).to_string()}
                                y1="0" y2={height.to_string()} />
                        </svg>
                    </div>
                </div>
            </div>
        </div>
    }
}

#[derive(Properties)]
struct LanesProps {
    timeline: Rc<Timeline>,
    win: Window,
}

impl PartialEq for LanesProps {
    /// The same timeline object is the same drawing: no deep comparison
    /// of every run at every frame.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.timeline, &other.timeline) && self.win == other.win
    }
}

/// Every lane, in a component of its own: moving the cursor while playing
/// re-renders only the cursor line, not thousands of runs.
#[function_component(Lanes)]
fn lanes(p: &LanesProps) -> Html {
    html! {
        <g class="lanes">
            { for p.timeline.lanes.iter().enumerate().map(|(i, lane)| lane_html(&p.win, i, lane)) }
        </g>
    }
}

/// One goroutine's lane: its life line, the runs and prints on screen.
fn lane_html(win: &Window, i: usize, lane: &crate::viz::Lane) -> Html {
    let y = 4.0 + i as f64 * LANE_H;
    let born = win.x(lane.born as f64).max(0.0);
    html! {
        <g class="lane" data-gid={lane.goid.to_string()}>
            if born < win.width {
                <line class="lane-life" x1={born.to_string()} x2={win.width.to_string()}
                    y1={(y + 8.0).to_string()} y2={(y + 8.0).to_string()} />
            }
            { for win.spans(&lane.runs).into_iter().map(|(x, w)| html! {
                <rect class="run" x={x.to_string()} y={(y + 2.0).to_string()} width={w.max(1.5).to_string()}
                    height="12" fill={lane.color} />
            }) }
            { for win.marks(&lane.prints).into_iter().map(|x| html! {
                <line class="print-mark" x1={x.to_string()} x2={x.to_string()} y1={(y + 1.0).to_string()} y2={(y + 15.0).to_string()} />
            }) }
        </g>
    }
}
