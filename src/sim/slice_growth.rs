//! The capacity `append` gives a grown slice, computed as Go 1.19's
//! `runtime.growslice` does: double a small slice, grow a large one by about
//! 1.25x plus a constant, then round the bytes up to the allocator's size
//! class (`runtime.roundupsize`), so `cap` prints what Go prints.

/// Go 1.19's small-object size classes (`runtime/sizeclasses.go`), in bytes.
const SIZE_CLASSES: [u32; 67] = [
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480,
    512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864,
    5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480,
    21760, 24576, 27264, 28672, 32768,
];

/// Objects above the largest class are whole pages of this size.
const PAGE_SIZE: u64 = 8192;

/// The bytes the allocator hands out for a request of `size` bytes.
fn round_up_size(size: u64) -> u64 {
    match SIZE_CLASSES.iter().find(|&&c| u64::from(c) >= size) {
        Some(&c) => u64::from(c),
        None => size.div_ceil(PAGE_SIZE).saturating_mul(PAGE_SIZE),
    }
}

/// The new capacity when a slice of capacity `old_cap` must hold `needed`
/// elements of `elem_size` bytes each.
pub fn grown_capacity(old_cap: u64, needed: u64, elem_size: u64) -> u64 {
    const THRESHOLD: u64 = 256;
    let double = old_cap.saturating_mul(2);
    let mut new_cap = if needed > double {
        needed
    } else if old_cap < THRESHOLD {
        double
    } else {
        let mut c = old_cap;
        while c < needed {
            c += (c + 3 * THRESHOLD) / 4;
        }
        c
    };
    if elem_size > 0 {
        let bytes = round_up_size(new_cap.saturating_mul(elem_size));
        new_cap = (bytes / elem_size).max(needed);
    }
    new_cap
}

#[cfg(test)]
mod tests {
    use super::grown_capacity;

    /// Capacities printed by Go 1.19 for one-at-a-time appends and for bulk appends.
    #[test]
    fn capacities_match_go() {
        // []byte from 3/6, appending 5: Go prints 16.
        assert_eq!(grown_capacity(6, 8, 1), 16);
        // []int: 1, 2, 4, 8, ..., 512, then 848 (1.25x plus 192, rounded to 6784 bytes).
        assert_eq!(grown_capacity(0, 1, 8), 1);
        assert_eq!(grown_capacity(4, 5, 8), 8);
        assert_eq!(grown_capacity(512, 513, 8), 848);
        // append([]int{}, 1, 2, 3, 4, 5): 40 bytes round up to the 48-byte class.
        assert_eq!(grown_capacity(0, 5, 8), 6);
        // []string (16 bytes): 3 needed from 0 gives 48 bytes, 3 elements.
        assert_eq!(grown_capacity(0, 3, 16), 3);
        // Zero-sized elements keep the computed capacity.
        assert_eq!(grown_capacity(2, 3, 0), 4);
    }
}
