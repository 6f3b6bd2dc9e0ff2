//! Goroutine cards, and their aggregation: with many goroutines, those
//! started by the same `go` statement are drawn as one frame holding a group
//! node per state, with a count; the user expands a group into cards.
//!
//! The layout is stable: goroutines keep their creation order, a `go`
//! statement's frame sits where its first goroutine would, and each state
//! has a fixed cell in the frame whether or not it is empty. An opened group
//! is a grid of small chips (three a row, in creation order) below its
//! frame, so 150 goroutines take 50 short rows rather than 150 cards.

use super::palette::goroutine_color;
use super::scene::{GoroutineView, SceneOptions, CARD_H, CARD_W, MARGIN, ROW_GAP};
use crate::sim::{GState, Machine};
use std::collections::BTreeMap;

/// More goroutines than this, and `go` statements with several goroutines
/// are aggregated.
pub const AGGREGATE_ABOVE: usize = 24;
/// A `go` statement needs at least this many goroutines to be aggregated.
pub const GROUP_MIN: usize = 4;
/// The states in their fixed cell order (three columns, two rows).
pub const STATES: [GState; 6] =
    [GState::Running, GState::Runnable, GState::Blocked, GState::Sleeping, GState::Done, GState::Panicked];
pub const HEADER_H: f64 = 22.0;
pub const CELL_GAP: f64 = 4.0;
pub const CELL_W: f64 = (CARD_W - 16.0 - 2.0 * CELL_GAP) / 3.0;
pub const CELL_H: f64 = 34.0;
pub const FRAME_H: f64 = HEADER_H + 2.0 * CELL_H + CELL_GAP + 8.0;
/// An opened group's goroutines are chips in a grid of this many columns,
/// in creation order, below the frame.
pub const CHIP_COLS: usize = 3;
pub const CHIP_W: f64 = CELL_W;
pub const CHIP_H: f64 = 30.0;

/// The goroutines of one `go` statement in one state.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupView {
    /// The `go` statement: (function, instruction) it was run from.
    pub site: (u32, u32),
    /// The function its goroutines run.
    pub name: String,
    pub state: GState,
    pub count: usize,
    /// Go's numbers of its goroutines, in creation order.
    pub members: Vec<u64>,
    pub color: &'static str,
    pub expanded: bool,
    pub x: f64,
    pub y: f64,
}

/// The frame around one `go` statement's groups.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteView {
    pub site: (u32, u32),
    pub name: String,
    /// The source line of the `go` statement.
    pub line: u32,
    pub total: usize,
    pub x: f64,
    pub y: f64,
}

/// The goroutine column.
pub struct Layout {
    pub cards: Vec<GoroutineView>,
    pub groups: Vec<GroupView>,
    pub sites: Vec<SiteView>,
    /// For each goroutine, where its wait-for edge starts (the right middle
    /// of its card or group node).
    pub anchors: Vec<Option<(f64, f64)>>,
    /// The first free y below the column.
    pub bottom: f64,
}

/// Lays out the goroutine column; `card(i, x, y)` makes goroutine `i`'s card.
pub fn layout(m: &Machine, options: &SceneOptions, card: impl Fn(usize, f64, f64) -> GoroutineView) -> Layout {
    let n = m.goroutines.len();
    let site_of = |i: usize| m.goroutines[i].created_by.map(|(_, f, pc)| (f, pc));
    let mut members: BTreeMap<(u32, u32), Vec<usize>> = BTreeMap::new();
    if n > AGGREGATE_ABOVE {
        for i in 0..n {
            if let Some(site) = site_of(i) {
                members.entry(site).or_default().push(i);
            }
        }
        members.retain(|_, v| v.len() >= GROUP_MIN);
    }
    let mut out =
        Layout { cards: Vec::new(), groups: Vec::new(), sites: Vec::new(), anchors: vec![None; n], bottom: 0.0 };
    let mut y = MARGIN;
    for i in 0..n {
        let grouped = site_of(i).and_then(|s| members.get(&s).map(|v| (s, v)));
        let Some((site, list)) = grouped else {
            let c = card(i, MARGIN, y);
            out.anchors[i] = Some((MARGIN + CARD_W, y + CARD_H / 2.0));
            out.cards.push(c);
            y += CARD_H + ROW_GAP;
            continue;
        };
        if list[0] != i {
            continue;
        }
        let name = m.program.funcs[m.goroutines[i].entry as usize].name.trim_start_matches("main.").to_string();
        let line = m.goroutines[i].created_by.map(|(_, f, pc)| m.program.line_of(f, pc as usize)).unwrap_or(0);
        out.sites.push(SiteView { site, name: name.clone(), line, total: list.len(), x: MARGIN, y });
        let top = y;
        y += FRAME_H + ROW_GAP;
        for (k, &state) in STATES.iter().enumerate() {
            let of_state: Vec<usize> = list.iter().copied().filter(|&g| m.goroutines[g].state == state).collect();
            let cx = MARGIN + 8.0 + (k % 3) as f64 * (CELL_W + CELL_GAP);
            let cy = top + HEADER_H + (k / 3) as f64 * (CELL_H + CELL_GAP);
            let expanded = options.expanded.contains(&(site, state));
            if of_state.is_empty() {
                continue;
            }
            out.groups.push(GroupView {
                site,
                name: name.clone(),
                state,
                count: of_state.len(),
                members: of_state.iter().map(|&g| m.goroutines[g].goid).collect(),
                color: goroutine_color(of_state[0] as u32),
                expanded,
                x: cx,
                y: cy,
            });
            for (k, &g) in of_state.iter().enumerate() {
                if expanded {
                    let x = MARGIN + 8.0 + (k % CHIP_COLS) as f64 * (CHIP_W + CELL_GAP);
                    let gy = y + (k / CHIP_COLS) as f64 * (CHIP_H + CELL_GAP);
                    out.cards.push(GoroutineView { compact: true, ..card(g, x, gy) });
                    out.anchors[g] = Some((x + CHIP_W, gy + CHIP_H / 2.0));
                } else {
                    out.anchors[g] = Some((cx + CELL_W, cy + CELL_H / 2.0));
                }
            }
            if expanded {
                y += of_state.len().div_ceil(CHIP_COLS) as f64 * (CHIP_H + CELL_GAP) - CELL_GAP + ROW_GAP;
            }
        }
    }
    out.bottom = y;
    out
}

#[cfg(test)]
mod tests {
    use crate::sim::{Config, Recording};
    use crate::viz::scene::{scene, scene_with, SceneOptions};
    use std::rc::Rc;

    const POOL: &str = r#"package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 200; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				_ = j * j
			}
		}()
	}
	for j := 0; j < 400; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	fmt.Println("done")
}
"#;

    #[test]
    fn two_hundred_workers_become_group_nodes_that_expand() {
        let program = Rc::new(crate::lang::compile(POOL).unwrap());
        let rec = Recording::run(program, Config::default());
        let mid = rec.machine_at(rec.len() / 2);
        let s = scene(&mid);
        assert_eq!(s.goroutines.len(), 1, "only main has a card");
        assert_eq!(s.sites.len(), 1);
        let total: usize = s.groups.iter().map(|g| g.count).sum();
        assert_eq!(total, 200);
        assert!(s.height < 400.0, "the scene stays small: {}", s.height);
        let blocked = s.groups.iter().max_by_key(|g| g.count).expect("a group");
        let opened = scene_with(&mid, &SceneOptions { expanded: vec![(blocked.site, blocked.state)] });
        assert_eq!(opened.goroutines.len(), 1 + blocked.count);
        // The opened group is a grid of chips, three a row.
        let chips: Vec<_> = opened.goroutines.iter().filter(|g| g.compact).collect();
        assert_eq!(chips.len(), blocked.count);
        let rows = blocked.count.div_ceil(super::CHIP_COLS) as f64;
        assert!(opened.height <= s.height + rows * (super::CHIP_H + super::CELL_GAP) + 40.0, "{}", opened.height);
        assert_eq!(chips[1].y, chips[0].y);
        assert!(chips[1].x > chips[0].x);
        // The frame and main's card stay where they were.
        assert_eq!(opened.sites, s.sites);
        assert_eq!(opened.goroutines[0], s.goroutines[0]);
        // Edges from a group are drawn once.
        assert!(s.edges.len() <= 6, "{}", s.edges.len());
    }

    #[test]
    fn the_frame_does_not_move_between_steps() {
        let program = Rc::new(crate::lang::compile(POOL).unwrap());
        let rec = Recording::run(program, Config::default());
        let a = scene(&rec.machine_at(rec.len() / 3));
        let b = scene(&rec.machine_at(2 * rec.len() / 3));
        assert_eq!(a.sites, b.sites);
        for g in &b.groups {
            if let Some(same) = a.groups.iter().find(|x| x.state == g.state) {
                assert_eq!((same.x, same.y), (g.x, g.y));
            }
        }
    }
}
