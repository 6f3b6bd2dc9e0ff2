//! One stable sort for the engine's own small lists (diagnostics, unused
//! variables, interface methods).
//!
//! The standard library's stable sort is instantiated once per element type
//! and costs about 4 KB of wasm each time. Here a single merge sort orders the
//! indices, through a comparison closure it does not know the type of, and a
//! small generic step moves the elements. A stable sort's result is fully
//! determined by its comparison, so this gives exactly what `sort_by` gives.
//! User data (Go's `sort` package) does not come here: it has its own sorts
//! with Go's exact order of comparisons.

/// Sorts `v` stably: `less(a, b)` says whether `a` goes before `b`.
pub fn sort_by<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let order = merge_order(v.len(), &|a, b| less(&v[a], &v[b]));
    permute(v, order);
}

/// Sorts `v` stably by `key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a) < key(b));
}

/// The indices `0..n` in stable sorted order (a bottom-up merge sort).
fn merge_order(n: usize, less: &dyn Fn(usize, usize) -> bool) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = vec![0; n];
    let mut width = 1;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut b[start..end] {
                // Take from the right run only when strictly less: stability.
                if j < end && (i >= mid || less(a[j], a[i])) {
                    *slot = a[j];
                    j += 1;
                } else {
                    *slot = a[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Rearranges `v` so that `v[i]` becomes the old `v[order[i]]`, by following
/// the permutation's cycles with swaps.
fn permute<T>(v: &mut [T], order: Vec<usize>) {
    let mut done = vec![false; v.len()];
    for start in 0..v.len() {
        let mut j = start;
        while !done[j] {
            done[j] = true;
            let k = order[j];
            if k == start {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_stable_sort() {
        let mut state = 7u64;
        for n in 0..200 {
            let mut v: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((state >> 60) as u8, i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|x| x.0);
            sort_by_key(&mut v, |x| x.0);
            assert_eq!(v, want);
        }
    }
}
