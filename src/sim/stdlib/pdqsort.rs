//! Go 1.19's sorting algorithms (`sort/zsortfunc.go`), step for step: the
//! order of equal elements after `sort.Slice` depends on the exact sequence
//! of comparisons and swaps, so Go's pattern-defeating quicksort and its
//! insertion-sort-and-merge stable sort are ported as they are.

/// What a sort works on: compare and swap by index. `less` may fail (a Go
/// callback that panicked), which abandons the sort.
pub(crate) trait SortData {
    type Error;
    fn less(&mut self, i: i64, j: i64) -> Result<bool, Self::Error>;
    fn swap(&mut self, i: i64, j: i64);
}

type R<D> = Result<(), <D as SortData>::Error>;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

/// `bits.Len(uint(n))`.
fn bits_len(n: i64) -> i64 {
    64 - (n as u64).leading_zeros() as i64
}

/// `sort.Slice`'s algorithm over `n` elements.
pub(crate) fn sort<D: SortData>(data: &mut D, n: i64) -> R<D> {
    pdqsort(data, 0, n, bits_len(n))
}

/// `sort.SliceStable`'s algorithm over `n` elements.
pub(crate) fn stable<D: SortData>(data: &mut D, n: i64) -> R<D> {
    let mut block = 20;
    let (mut a, mut b) = (0, block);
    while b <= n {
        insertion_sort(data, a, b)?;
        a = b;
        b += block;
    }
    insertion_sort(data, a, n)?;
    while block < n {
        a = 0;
        b = 2 * block;
        while b <= n {
            sym_merge(data, a, a + block, b)?;
            a = b;
            b += 2 * block;
        }
        let m = a + block;
        if m < n {
            sym_merge(data, a, m, n)?;
        }
        block *= 2;
    }
    Ok(())
}

fn insertion_sort<D: SortData>(data: &mut D, a: i64, b: i64) -> R<D> {
    for i in a + 1..b {
        let mut j = i;
        while j > a && data.less(j, j - 1)? {
            data.swap(j, j - 1);
            j -= 1;
        }
    }
    Ok(())
}

fn sift_down<D: SortData>(data: &mut D, lo: i64, hi: i64, first: i64) -> R<D> {
    let mut root = lo;
    loop {
        let mut child = 2 * root + 1;
        if child >= hi {
            return Ok(());
        }
        if child + 1 < hi && data.less(first + child, first + child + 1)? {
            child += 1;
        }
        if !data.less(first + root, first + child)? {
            return Ok(());
        }
        data.swap(first + root, first + child);
        root = child;
    }
}

fn heap_sort<D: SortData>(data: &mut D, a: i64, b: i64) -> R<D> {
    let first = a;
    let hi = b - a;
    let mut i = (hi - 1) / 2;
    while i >= 0 {
        sift_down(data, i, hi, first)?;
        i -= 1;
    }
    let mut i = hi - 1;
    while i >= 0 {
        data.swap(first, first + i);
        sift_down(data, 0, i, first)?;
        i -= 1;
    }
    Ok(())
}

fn pdqsort<D: SortData>(data: &mut D, mut a: i64, mut b: i64, mut limit: i64) -> R<D> {
    const MAX_INSERTION: i64 = 12;
    let mut was_balanced = true;
    let mut was_partitioned = true;
    loop {
        let length = b - a;
        if length <= MAX_INSERTION {
            return insertion_sort(data, a, b);
        }
        if limit == 0 {
            return heap_sort(data, a, b);
        }
        if !was_balanced {
            break_patterns(data, a, b);
            limit -= 1;
        }
        let (mut pivot, mut hint) = choose_pivot(data, a, b)?;
        if hint == Hint::Decreasing {
            reverse_range(data, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = Hint::Increasing;
        }
        if was_balanced && was_partitioned && hint == Hint::Increasing && partial_insertion_sort(data, a, b)? {
            return Ok(());
        }
        if a > 0 && !data.less(a - 1, pivot)? {
            a = partition_equal(data, a, b, pivot)?;
            continue;
        }
        let (mid, already) = partition(data, a, b, pivot)?;
        was_partitioned = already;
        let (left, right) = (mid - a, b - mid);
        let balance_threshold = length / 8;
        if left < right {
            was_balanced = left >= balance_threshold;
            pdqsort(data, a, mid, limit)?;
            a = mid + 1;
        } else {
            was_balanced = right >= balance_threshold;
            pdqsort(data, mid + 1, b, limit)?;
            b = mid;
        }
    }
}

fn partition<D: SortData>(data: &mut D, a: i64, b: i64, pivot: i64) -> Result<(i64, bool), D::Error> {
    data.swap(a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    while i <= j && data.less(i, a)? {
        i += 1;
    }
    while i <= j && !data.less(j, a)? {
        j -= 1;
    }
    if i > j {
        data.swap(j, a);
        return Ok((j, true));
    }
    data.swap(i, j);
    i += 1;
    j -= 1;
    loop {
        while i <= j && data.less(i, a)? {
            i += 1;
        }
        while i <= j && !data.less(j, a)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
    data.swap(j, a);
    Ok((j, false))
}

fn partition_equal<D: SortData>(data: &mut D, a: i64, b: i64, pivot: i64) -> Result<i64, D::Error> {
    data.swap(a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    loop {
        while i <= j && !data.less(a, i)? {
            i += 1;
        }
        while i <= j && data.less(a, j)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
    Ok(i)
}

fn partial_insertion_sort<D: SortData>(data: &mut D, a: i64, b: i64) -> Result<bool, D::Error> {
    const MAX_STEPS: i64 = 5;
    const SHORTEST_SHIFTING: i64 = 50;
    let mut i = a + 1;
    for _ in 0..MAX_STEPS {
        while i < b && !data.less(i, i - 1)? {
            i += 1;
        }
        if i == b {
            return Ok(true);
        }
        if b - a < SHORTEST_SHIFTING {
            return Ok(false);
        }
        data.swap(i, i - 1);
        if i - a >= 2 {
            let mut j = i - 1;
            while j >= 1 {
                if !data.less(j, j - 1)? {
                    break;
                }
                data.swap(j, j - 1);
                j -= 1;
            }
        }
        if b - i >= 2 {
            let mut j = i + 1;
            while j < b {
                if !data.less(j, j - 1)? {
                    break;
                }
                data.swap(j, j - 1);
                j += 1;
            }
        }
    }
    Ok(false)
}

fn break_patterns<D: SortData>(data: &mut D, a: i64, b: i64) {
    let length = b - a;
    if length >= 8 {
        let mut random = length as u64;
        let modulus = 1u64 << bits_len(length);
        let start = a + (length / 4) * 2 - 1;
        for idx in start..=start + 2 {
            random ^= random << 13;
            random ^= random >> 17;
            random ^= random << 5;
            let mut other = (random & (modulus - 1)) as i64;
            if other >= length {
                other -= length;
            }
            data.swap(idx, a + other);
        }
    }
}

fn choose_pivot<D: SortData>(data: &mut D, a: i64, b: i64) -> Result<(i64, Hint), D::Error> {
    const SHORTEST_NINTHER: i64 = 50;
    const MAX_SWAPS: i64 = 4 * 3;
    let l = b - a;
    let mut swaps = 0;
    let mut i = a + l / 4;
    let mut j = a + l / 4 * 2;
    let mut k = a + l / 4 * 3;
    if l >= 8 {
        if l >= SHORTEST_NINTHER {
            i = median(data, i - 1, i, i + 1, &mut swaps)?;
            j = median(data, j - 1, j, j + 1, &mut swaps)?;
            k = median(data, k - 1, k, k + 1, &mut swaps)?;
        }
        j = median(data, i, j, k, &mut swaps)?;
    }
    Ok(match swaps {
        0 => (j, Hint::Increasing),
        MAX_SWAPS => (j, Hint::Decreasing),
        _ => (j, Hint::Unknown),
    })
}

fn order2<D: SortData>(data: &mut D, a: i64, b: i64, swaps: &mut i64) -> Result<(i64, i64), D::Error> {
    if data.less(b, a)? {
        *swaps += 1;
        return Ok((b, a));
    }
    Ok((a, b))
}

fn median<D: SortData>(data: &mut D, a: i64, b: i64, c: i64, swaps: &mut i64) -> Result<i64, D::Error> {
    let (a, b) = order2(data, a, b, swaps)?;
    let (b, c) = order2(data, b, c, swaps)?;
    let _ = c;
    let (_, b) = order2(data, a, b, swaps)?;
    Ok(b)
}

fn reverse_range<D: SortData>(data: &mut D, a: i64, b: i64) {
    let (mut i, mut j) = (a, b - 1);
    while i < j {
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn swap_range<D: SortData>(data: &mut D, a: i64, b: i64, n: i64) {
    for i in 0..n {
        data.swap(a + i, b + i);
    }
}

fn sym_merge<D: SortData>(data: &mut D, a: i64, m: i64, b: i64) -> R<D> {
    if m - a == 1 {
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = (i + j) / 2;
            if data.less(h, a)? {
                i = h + 1;
            } else {
                j = h;
            }
        }
        for k in a..i - 1 {
            data.swap(k, k + 1);
        }
        return Ok(());
    }
    if b - m == 1 {
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = (i + j) / 2;
            if !data.less(m, h)? {
                i = h + 1;
            } else {
                j = h;
            }
        }
        let mut k = m;
        while k > i {
            data.swap(k, k - 1);
            k -= 1;
        }
        return Ok(());
    }
    let mid = (a + b) / 2;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = (start + r) / 2;
        if !data.less(p - c, c)? {
            start = c + 1;
        } else {
            r = c;
        }
    }
    let end = n - start;
    if start < m && m < end {
        rotate(data, start, m, end);
    }
    if a < start && start < mid {
        sym_merge(data, a, start, mid)?;
    }
    if mid < end && end < b {
        sym_merge(data, mid, end, b)?;
    }
    Ok(())
}

fn rotate<D: SortData>(data: &mut D, a: i64, m: i64, b: i64) {
    let (mut i, mut j) = (m - a, b - m);
    while i != j {
        if i > j {
            swap_range(data, m - i, m, j);
            i -= j;
        } else {
            swap_range(data, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(data, m - i, m, i);
}

/// Sorts a vector in memory with `less`, as Go's `sort.Sort` would order it.
pub(crate) fn sort_vec<T>(v: &mut Vec<T>, less: impl Fn(&T, &T) -> bool) {
    struct V<'a, T, F> {
        v: &'a mut Vec<T>,
        less: F,
    }
    impl<T, F: Fn(&T, &T) -> bool> SortData for V<'_, T, F> {
        type Error = std::convert::Infallible;
        fn less(&mut self, i: i64, j: i64) -> Result<bool, Self::Error> {
            Ok((self.less)(&self.v[i as usize], &self.v[j as usize]))
        }
        fn swap(&mut self, i: i64, j: i64) {
            self.v.swap(i as usize, j as usize);
        }
    }
    let n = v.len() as i64;
    let _ = sort(&mut V { v, less }, n);
}
