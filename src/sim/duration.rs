//! Go's `time.Duration.String`: `1.5s`, `250ms`, `2h0m0s`, `0s`.

/// Formats nanoseconds exactly as Go's `Duration.String` does.
pub fn format_duration(d: i64) -> String {
    if d == 0 {
        return "0s".to_string();
    }
    let neg = d < 0;
    let u = d.unsigned_abs();
    let mut out = String::new();
    if u < 1_000_000_000 {
        // Under a second: ns, µs or ms with a fraction.
        let (unit, scale) = if u < 1_000 {
            ("ns", 1)
        } else if u < 1_000_000 {
            ("µs", 1_000)
        } else {
            ("ms", 1_000_000)
        };
        out.push_str(&fraction(u, scale));
        out.push_str(unit);
    } else {
        let total_secs = u / 1_000_000_000;
        let frac_ns = u % 1_000_000_000;
        let h = total_secs / 3600;
        let m = (total_secs / 60) % 60;
        let s = total_secs % 60;
        if h > 0 {
            out.push_str(&format!("{h}h"));
        }
        if h > 0 || m > 0 {
            out.push_str(&format!("{m}m"));
        }
        out.push_str(&fraction(s * 1_000_000_000 + frac_ns, 1_000_000_000));
        out.push('s');
    }
    if neg {
        out.insert(0, '-');
    }
    out
}

/// `v / scale` with the remainder as decimals, trailing zeros trimmed.
fn fraction(v: u64, scale: u64) -> String {
    let whole = v / scale;
    let rem = v % scale;
    if rem == 0 {
        return whole.to_string();
    }
    let digits = scale.to_string().len() - 1;
    let frac = format!("{rem:0digits$}");
    format!("{whole}.{}", frac.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::format_duration as f;

    #[test]
    fn matches_go_duration_string() {
        assert_eq!(f(0), "0s");
        assert_eq!(f(1), "1ns");
        assert_eq!(f(1_500), "1.5µs");
        assert_eq!(f(250_000_000), "250ms");
        assert_eq!(f(1_500_000_000), "1.5s");
        assert_eq!(f(60_000_000_000), "1m0s");
        assert_eq!(f(7_200_000_000_000), "2h0m0s");
        assert_eq!(f(3_723_500_000_000), "1h2m3.5s");
        assert_eq!(f(-2_000_000), "-2ms");
    }
}
