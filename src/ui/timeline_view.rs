//! The timeline: one lane per goroutine with the steps it ran, print and
//! block marks, and the cursor; a click seeks to that step.

use super::i18n::Lang;
use crate::viz::Timeline;
use std::rc::Rc;
use web_sys::{Element, MouseEvent};
use yew::prelude::*;

const LANE_H: f64 = 18.0;
const LABEL_W: f64 = 44.0;
const WIDTH: f64 = 900.0;

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
    let total = t.total_steps.max(1) as f64;
    let px = |step: f64| LABEL_W + (step / total) * (WIDTH - LABEL_W - 8.0);
    let height = t.lanes.len() as f64 * LANE_H + 8.0;
    let total_steps = t.total_steps;
    let on_click = p.on_seek.reform(move |e: MouseEvent| {
        let el: Element = e.current_target().map(wasm_bindgen::JsCast::unchecked_into).expect("svg");
        let rect = el.get_bounding_client_rect();
        let x = (e.client_x() as f64 - rect.left()) * WIDTH / rect.width().max(1.0);
        let frac = ((x - LABEL_W) / (WIDTH - LABEL_W - 8.0)).clamp(0.0, 1.0);
        (frac * total_steps as f64).round() as usize
    });
    html! {
        <svg class="timeline" data-testid="timeline" viewBox={format!("0 0 {WIDTH} {height}")}
            preserveAspectRatio="none" style={format!("height:{height}px")} onclick={on_click}
            role="slider" aria-label={p.lang.text().timeline_label} aria-valuemin="0"
            aria-valuemax={t.total_steps.to_string()} aria-valuenow={p.cursor.to_string()}>
            { for t.lanes.iter().enumerate().map(|(i, lane)| {
                let y = 4.0 + i as f64 * LANE_H;
                html! {
                    <g class="lane" data-gid={lane.goid.to_string()}>
                        <text class="lane-label" x="4" y={(y + 12.0).to_string()}>{ format!("G{}", lane.goid) }</text>
                        <line class="lane-life" x1={px(lane.born as f64).to_string()} x2={px(total).to_string()}
                            y1={(y + 8.0).to_string()} y2={(y + 8.0).to_string()} />
                        { for lane.runs.iter().map(|(from, to)| html! {
                            <rect class="run" x={px(*from as f64 - 1.0).to_string()} y={(y + 2.0).to_string()}
                                width={(px(*to as f64 - 1.0) - px(*from as f64 - 1.0)).max(1.5).to_string()} height="12" fill={lane.color} />
                        }) }
                        { for lane.prints.iter().map(|s| html! {
                            <line class="print-mark" x1={px(*s as f64 - 0.5).to_string()} x2={px(*s as f64 - 0.5).to_string()}
                                y1={(y + 1.0).to_string()} y2={(y + 15.0).to_string()} />
                        }) }
                    </g>
                }
            }) }
            <line class="cursor" x1={px(p.cursor as f64).to_string()} x2={px(p.cursor as f64).to_string()} y1="0" y2={height.to_string()} />
        </svg>
    }
}
