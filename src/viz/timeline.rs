//! The timeline: one lane per goroutine, with the spans of steps it ran and
//! the spans it waited; with many goroutines, the lanes of one `go`
//! statement are aggregated into one group lane (as the scene groups its
//! cards): the steps any of them ran, and how many of them waited at each
//! step. The page opens a group into its member lanes.

use super::groups::{AGGREGATE_ABOVE, GROUP_MIN};
use super::palette::goroutine_color;
use crate::sim::{EventKind, Recording};
use std::collections::BTreeMap;

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
    /// Half-open ranges of step boundaries `[blocked, woken)` it waited
    /// (blocked or asleep); an open wait ends at the run's end.
    pub waits: Vec<(usize, usize)>,
    /// Steps where it printed.
    pub prints: Vec<usize>,
    /// The step it returned at, if it did.
    pub ended: Option<usize>,
    /// The `go` statement that started it: (function, instruction).
    pub site: Option<(u32, u32)>,
}

/// The lanes of one `go` statement, drawn as one lane.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneGroup {
    pub site: (u32, u32),
    /// The function its goroutines run.
    pub name: String,
    /// The source line of the `go` statement.
    pub line: u32,
    /// Its lanes (indices into `Timeline::lanes`), in creation order.
    pub members: Vec<usize>,
    pub color: &'static str,
    /// The steps any member ran, merged.
    pub runs: Vec<(usize, usize)>,
    /// The steps any member printed.
    pub prints: Vec<usize>,
    /// How many members wait after each step boundary where that changes:
    /// `(boundary, count)`, sorted.
    pub waiting: Vec<(usize, u32)>,
    /// How many members exist (started, not yet returned), the same way.
    pub alive: Vec<(usize, u32)>,
}

/// One row of the drawn timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// A goroutine's own lane (index into `lanes`); `member` when it is
    /// drawn inside an opened group.
    Lane { lane: usize, member: bool },
    /// A group lane (index into `groups`), `open` when its members follow.
    Group { group: usize, open: bool },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub lanes: Vec<Lane>,
    /// The aggregated `go` statements (empty with few goroutines).
    pub groups: Vec<LaneGroup>,
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
                waits: Vec::new(),
                prints: Vec::new(),
                ended: None,
                site: None,
            });
        }
    };
    lane(&mut lanes, 0, 0);
    lanes[0].goid = 1;
    let mut open: Vec<Option<usize>> = Vec::new();
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
                EventKind::Block { .. } => {
                    lanes[e.g as usize].blocks.push(step);
                    if open.len() <= e.g as usize {
                        open.resize(e.g as usize + 1, None);
                    }
                    open[e.g as usize].get_or_insert(step);
                }
                EventKind::Wake { g } => {
                    if let Some(from) = open.get_mut(*g as usize).and_then(Option::take) {
                        lane(&mut lanes, *g, step);
                        lanes[*g as usize].waits.push((from, step));
                    }
                }
                EventKind::Output { .. } => lanes[e.g as usize].prints.push(step),
                EventKind::Finish => lanes[e.g as usize].ended = Some(step),
                _ => {}
            }
        }
    }
    for (g, from) in open.iter().enumerate() {
        if let (Some(from), Some(l)) = (from, lanes.get_mut(g)) {
            l.waits.push((*from, rec.len()));
        }
    }
    let m = rec.machine_at(rec.len());
    for l in lanes.iter_mut() {
        if let Some(g) = m.goroutines.get(l.index as usize) {
            l.goid = g.goid;
            l.site = g.created_by.map(|(_, f, pc)| (f, pc));
        }
    }
    let groups = if lanes.len() > AGGREGATE_ABOVE { group_lanes(&lanes, &m) } else { Vec::new() };
    Timeline { lanes, groups, total_steps: rec.len() }
}

/// The group lanes: one per `go` statement that started at least
/// `GROUP_MIN` goroutines, in the order of its first goroutine.
fn group_lanes(lanes: &[Lane], m: &crate::sim::Machine) -> Vec<LaneGroup> {
    let mut by_site: BTreeMap<(u32, u32), Vec<usize>> = BTreeMap::new();
    for (i, l) in lanes.iter().enumerate() {
        if let Some(site) = l.site {
            by_site.entry(site).or_default().push(i);
        }
    }
    let mut sites: Vec<((u32, u32), Vec<usize>)> = by_site.into_iter().filter(|(_, v)| v.len() >= GROUP_MIN).collect();
    crate::stable_sort::sort_by_key(&mut sites, |(_, v)| v[0]);
    sites
        .into_iter()
        .map(|(site, members)| {
            let first = members[0];
            let entry = m.goroutines.get(first).map(|g| g.entry).unwrap_or(0);
            let name = m.program.funcs.get(entry as usize).map(|f| f.name.trim_start_matches("main.")).unwrap_or("");
            let mut runs: Vec<(usize, usize)> = members.iter().flat_map(|&i| lanes[i].runs.iter().copied()).collect();
            crate::stable_sort::sort_by_key(&mut runs, |&r| r);
            let mut merged: Vec<(usize, usize)> = Vec::with_capacity(runs.len());
            for (from, to) in runs {
                match merged.last_mut() {
                    Some((_, end)) if *end >= from => *end = (*end).max(to),
                    _ => merged.push((from, to)),
                }
            }
            let mut prints: Vec<usize> = members.iter().flat_map(|&i| lanes[i].prints.iter().copied()).collect();
            crate::stable_sort::sort_by_key(&mut prints, |&p| p);
            prints.dedup();
            let waiting = levels(members.iter().flat_map(|&i| lanes[i].waits.iter().copied()));
            let alive = levels(members.iter().map(|&i| (lanes[i].born, lanes[i].ended.unwrap_or(usize::MAX))));
            LaneGroup {
                site,
                name: name.to_string(),
                line: m.program.line_of(site.0, site.1 as usize),
                color: goroutine_color(first as u32),
                members,
                runs: merged,
                prints,
                waiting,
                alive,
            }
        })
        .collect()
}

/// How many of the half-open ranges `[from, to)` cover each boundary, as
/// the boundaries where that count changes.
fn levels(ranges: impl Iterator<Item = (usize, usize)>) -> Vec<(usize, u32)> {
    let mut deltas: Vec<(usize, i64)> = ranges.flat_map(|(from, to)| [(from, 1), (to, -1)]).collect();
    crate::stable_sort::sort_by_key(&mut deltas, |&d| d);
    let (mut out, mut count) = (Vec::<(usize, u32)>::new(), 0i64);
    for (at, d) in deltas {
        if at == usize::MAX {
            break;
        }
        count += d;
        let c = count.max(0) as u32;
        match out.last_mut() {
            Some((b, n)) if *b == at => *n = c,
            _ => out.push((at, c)),
        }
    }
    out
}

impl Timeline {
    /// The rows to draw, top to bottom: lanes in creation order, each
    /// group's lane where its first goroutine's would be, followed by its
    /// members' lanes when the group's site is in `open`.
    pub fn rows(&self, open: &[(u32, u32)]) -> Vec<Row> {
        let mut group_of: Vec<Option<usize>> = vec![None; self.lanes.len()];
        for (k, g) in self.groups.iter().enumerate() {
            for &i in &g.members {
                group_of[i] = Some(k);
            }
        }
        let mut rows = Vec::new();
        for (i, slot) in group_of.iter().enumerate() {
            let Some(k) = *slot else {
                rows.push(Row::Lane { lane: i, member: false });
                continue;
            };
            let g = &self.groups[k];
            if g.members[0] != i {
                continue;
            }
            let opened = open.contains(&g.site);
            rows.push(Row::Group { group: k, open: opened });
            if opened {
                rows.extend(g.members.iter().map(|&lane| Row::Lane { lane, member: true }));
            }
        }
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Config;
    use std::rc::Rc;

    fn pool(workers: usize, jobs: usize) -> String {
        format!(
            "package main\n\nimport \"sync\"\n\nfunc main() {{\n\tjobs := make(chan int)\n\tvar wg sync.WaitGroup\n\
             \tfor w := 0; w < {workers}; w++ {{\n\t\twg.Add(1)\n\t\tgo func() {{\n\t\t\tdefer wg.Done()\n\
             \t\t\tfor j := range jobs {{\n\t\t\t\t_ = j\n\t\t\t}}\n\t\t}}()\n\t}}\n\
             \tfor j := 0; j < {jobs}; j++ {{\n\t\tjobs <- j\n\t}}\n\tclose(jobs)\n\twg.Wait()\n}}\n"
        )
    }

    fn run(src: &str) -> Timeline {
        let program = Rc::new(crate::lang::compile(src).unwrap());
        timeline(&Recording::run(program, Config::default()))
    }

    #[test]
    fn two_hundred_workers_are_one_group_lane_that_opens() {
        let t = run(&pool(200, 400));
        assert_eq!(t.lanes.len(), 201);
        assert_eq!(t.groups.len(), 1);
        let g = &t.groups[0];
        assert_eq!(g.members.len(), 200);
        assert_eq!(g.line, 10);
        let peak = |l: &[(usize, u32)]| l.iter().map(|x| x.1).max().unwrap_or(0);
        assert_eq!(peak(&g.alive), 200, "all workers live at once");
        assert!(peak(&g.waiting) >= 1);
        // Every member run is inside the merged runs.
        for &i in &g.members {
            for r in &t.lanes[i].runs {
                assert!(g.runs.iter().any(|m| m.0 <= r.0 && r.1 <= m.1));
            }
        }
        assert_eq!(t.rows(&[]), vec![Row::Lane { lane: 0, member: false }, Row::Group { group: 0, open: false }]);
        let open = t.rows(&[g.site]);
        assert_eq!(open.len(), 202);
        assert_eq!(open[1], Row::Group { group: 0, open: true });
        assert_eq!(open[2], Row::Lane { lane: 1, member: true });
        // At the end every worker has returned: nobody waits, nobody lives.
        assert_eq!(g.waiting.last().map(|w| w.1), Some(0));
        assert_eq!(g.alive.last().map(|w| w.1), Some(0));
    }

    #[test]
    fn a_few_goroutines_keep_their_own_lanes_and_waits() {
        let t = run(&pool(3, 6));
        assert!(t.groups.is_empty());
        assert_eq!(t.rows(&[]).len(), 4);
        assert!(t.lanes[1].waits.iter().all(|(a, b)| a < b), "{:?}", t.lanes[1].waits);
        assert!(!t.lanes[0].waits.is_empty(), "main waits in wg.Wait or a send");
    }
}
