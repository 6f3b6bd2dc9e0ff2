//! Goroutine colors: one per goroutine, the same everywhere on the page.

/// Distinct colors readable on light and dark backgrounds, in a fixed order.
const COLORS: [&str; 12] = [
    "#3b82f6", "#f97316", "#10b981", "#a855f7", "#ef4444", "#14b8a6", "#eab308", "#ec4899", "#6366f1", "#84cc16",
    "#06b6d4", "#f43f5e",
];

/// The color of the goroutine at arena index `g` (main is index 0).
pub fn goroutine_color(g: u32) -> &'static str {
    COLORS[g as usize % COLORS.len()]
}
