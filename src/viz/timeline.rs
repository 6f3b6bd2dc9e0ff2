//! The timeline: one lane per goroutine, with the spans of steps it ran.

use super::palette::goroutine_color;
use crate::sim::{EventKind, Recording};

#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub index: u32,
    pub goid: u64,
    pub color: &'static str,
    /// The step it was created at (0 for main).
    pub born: usize,
    /// Half-open ranges of steps `[from, to)` (1-based step numbers) it ran.
    pub runs: Vec<(usize, usize)>,
    /// Steps where it blocked.
    pub blocks: Vec<usize>,
    /// Steps where it printed.
    pub prints: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub lanes: Vec<Lane>,
    pub total_steps: usize,
}

/// Builds the lanes of a whole recording.
pub fn timeline(rec: &Recording) -> Timeline {
    let mut lanes: Vec<Lane> = Vec::new();
    let lane = |lanes: &mut Vec<Lane>, g: u32, born: usize| {
        while lanes.len() <= g as usize {
            let index = lanes.len() as u32;
            lanes.push(Lane {
                index,
                goid: 0,
                color: goroutine_color(index),
                born,
                runs: Vec::new(),
                blocks: Vec::new(),
                prints: Vec::new(),
            });
        }
    };
    lane(&mut lanes, 0, 0);
    lanes[0].goid = 1;
    for (i, s) in rec.steps.iter().enumerate() {
        let step = i + 1;
        lane(&mut lanes, s.g, step);
        let runs = &mut lanes[s.g as usize].runs;
        match runs.last_mut() {
            Some((_, to)) if *to == step => *to = step + 1,
            _ => runs.push((step, step + 1)),
        }
        for e in rec.events_of(step) {
            match &e.kind {
                EventKind::Spawn { child } => {
                    lane(&mut lanes, *child, step);
                    lanes[*child as usize].born = step;
                }
                EventKind::Block { .. } => lanes[e.g as usize].blocks.push(step),
                EventKind::Output { .. } => lanes[e.g as usize].prints.push(step),
                _ => {}
            }
        }
    }
    let m = rec.machine_at(rec.len());
    for l in lanes.iter_mut() {
        if let Some(g) = m.goroutines.get(l.index as usize) {
            l.goid = g.goid;
        }
    }
    Timeline { lanes, total_steps: rec.len() }
}
