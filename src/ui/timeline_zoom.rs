//! The timeline's window onto the run: how many pixels a step takes at a
//! zoom level, which steps are visible at a scroll position, and the visible
//! runs merged into at most one mark per pixel, so a run of 100,000 steps
//! draws as few shapes as a short one.

/// The most a zoom can widen a step, in pixels.
pub const MAX_STEP_PX: f64 = 48.0;
/// Each zoom button press multiplies or divides the zoom by this.
pub const ZOOM_STEP: f64 = 2.0;

/// The part of the run the timeline shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    /// The width of the drawing area in pixels.
    pub width: f64,
    /// Steps in the run (at least 1).
    pub total: usize,
    /// 1 shows the whole run; larger values magnify.
    pub zoom: f64,
    /// Pixels scrolled from the run's start.
    pub scroll: f64,
}

impl Window {
    /// The zoom at which the whole run fits the width.
    fn fit(&self) -> f64 {
        self.width.max(1.0) / self.total.max(1) as f64
    }

    /// The largest useful zoom for this run and width.
    pub fn max_zoom(&self) -> f64 {
        (MAX_STEP_PX / self.fit()).max(1.0)
    }

    /// `zoom` kept between 1 and the largest useful zoom.
    pub fn clamp_zoom(&self, zoom: f64) -> f64 {
        // Not `f64::clamp`: its assertion formats floats with core's
        // formatter, which the page's wasm otherwise does without.
        zoom.max(1.0).min(self.max_zoom())
    }

    /// Pixels per step.
    pub fn step_px(&self) -> f64 {
        self.fit() * self.clamp_zoom(self.zoom)
    }

    /// The width of the whole run at this zoom.
    pub fn content_width(&self) -> f64 {
        self.step_px() * self.total.max(1) as f64
    }

    /// The scroll kept within the content.
    pub fn clamp_scroll(&self, scroll: f64) -> f64 {
        scroll.max(0.0).min((self.content_width() - self.width).max(0.0))
    }

    /// The x of a step boundary on screen (step `n` ends at `x(n)`).
    pub fn x(&self, step: f64) -> f64 {
        step * self.step_px() - self.clamp_scroll(self.scroll)
    }

    /// The step boundary nearest to screen position `x`.
    pub fn step_at(&self, x: f64) -> usize {
        (((x + self.clamp_scroll(self.scroll)) / self.step_px()).round().max(0.0) as usize).min(self.total)
    }

    /// The steps at least partly on screen, as a half-open range of step
    /// boundaries.
    pub fn visible(&self) -> (usize, usize) {
        let scroll = self.clamp_scroll(self.scroll);
        let first = (scroll / self.step_px()).floor().max(0.0) as usize;
        let last = ((scroll + self.width) / self.step_px()).ceil() as usize;
        (first, last.min(self.total))
    }

    /// The zoom and scroll after zooming to `zoom` around screen position
    /// `x`, keeping the step under `x` in place.
    pub fn zoomed(&self, zoom: f64, x: f64) -> Window {
        let zoom = self.clamp_zoom(zoom);
        let at = (x + self.clamp_scroll(self.scroll)) / self.step_px();
        let mut w = Window { zoom, ..*self };
        w.scroll = w.clamp_scroll(at * w.step_px() - x);
        w
    }

    /// The scroll that brings step boundary `step` into view with a margin,
    /// or `None` when it is already visible.
    pub fn follow(&self, step: usize) -> Option<f64> {
        let x = self.x(step as f64);
        let margin = (self.width * 0.1).min(60.0);
        if x >= margin && x <= self.width - margin {
            return None;
        }
        let target = self.clamp_scroll(step as f64 * self.step_px() - self.width * 0.25);
        ((target - self.clamp_scroll(self.scroll)).abs() >= 1.0).then_some(target)
    }

    /// The on-screen spans `(x, width)` of the visible parts of `runs`
    /// (half-open ranges of 1-based steps, sorted), with spans closer than a
    /// pixel merged.
    pub fn spans(&self, runs: &[(usize, usize)]) -> Vec<(f64, f64)> {
        let (first, last) = self.visible();
        // Step `s` is drawn between boundaries `s - 1` and `s`.
        let start = runs.partition_point(|(_, to)| to - 1 <= first);
        let mut out: Vec<(f64, f64)> = Vec::new();
        for (from, to) in &runs[start..] {
            if from - 1 >= last {
                break;
            }
            let x0 = self.x((*from - 1) as f64).max(-1.0);
            let x1 = self.x((*to - 1) as f64).min(self.width + 1.0);
            match out.last_mut() {
                Some((x, w)) if x0 - (*x + *w) < 1.0 => *w = (x1 - *x).max(*w),
                _ => out.push((x0, x1 - x0)),
            }
        }
        out
    }

    /// The on-screen x of the visible marks at `steps` (sorted), at most one
    /// per two pixels.
    pub fn marks(&self, steps: &[usize]) -> Vec<f64> {
        let (first, last) = self.visible();
        let start = steps.partition_point(|s| *s < first.max(1));
        let mut out: Vec<f64> = Vec::new();
        for s in &steps[start..] {
            if *s > last {
                break;
            }
            let x = self.x(*s as f64 - 0.5);
            if out.last().is_none_or(|prev| x - prev >= 2.0) {
                out.push(x);
            }
        }
        out
    }

    /// The on-screen segments `(x, width, count)` of a step function given
    /// as `(boundary, count)` change points (sorted): the count holds from
    /// its boundary to the next. Segments narrower than a pixel are merged,
    /// keeping the largest count, so a long run draws a few shapes per pixel
    /// at most. Zero counts are left out.
    pub fn levels(&self, points: &[(usize, u32)]) -> Vec<(f64, f64, u32)> {
        let (first, last) = self.visible();
        let start = points.partition_point(|(b, _)| *b <= first).saturating_sub(1);
        let mut out: Vec<(f64, f64, u32)> = Vec::new();
        for (k, &(b, count)) in points.iter().enumerate().skip(start) {
            if b >= last {
                break;
            }
            let end = points.get(k + 1).map_or(self.total, |p| p.0);
            let x0 = self.x(b.max(first) as f64).max(-1.0);
            let x1 = self.x(end.min(last) as f64).min(self.width + 1.0);
            match out.last_mut() {
                Some((x, w, c)) if *w < 1.0 || (*c == count && x0 - (*x + *w) < 1.0) => {
                    *w = x1 - *x;
                    *c = (*c).max(count);
                }
                _ => out.push((x0, x1 - x0, count)),
            }
        }
        out.retain(|s| s.2 > 0);
        out
    }
}
