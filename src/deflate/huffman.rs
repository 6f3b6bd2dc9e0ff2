//! Canonical Huffman codes (RFC 1951 §3.2.2): a code is given by each
//! symbol's code length alone. The compressor builds length-limited lengths
//! from symbol counts and numbers the codes; the inflater decodes with the
//! count of codes per length and the symbols in code order.

use super::Error;

/// The longest code deflate allows.
pub const MAX_BITS: usize = 15;

/// Code lengths (at most `max` bits) for symbols counted `freqs` times: a
/// complete prefix code over the used symbols. Fewer than two used symbols
/// still get two codes of one bit, since some inflaters refuse a code with
/// a single symbol.
pub fn build_lengths(freqs: &[u32], max: usize) -> Vec<u8> {
    let mut lens = vec![0u8; freqs.len()];
    let mut syms: Vec<usize> = (0..freqs.len()).filter(|&s| freqs[s] > 0).collect();
    if syms.len() < 2 {
        let a = syms.first().copied().unwrap_or(0);
        lens[a] = 1;
        lens[if a == 0 { 1 } else { 0 }] = 1;
        return lens;
    }
    // By count, ties in symbol order (the sort is stable); the project's one
    // small sort instead of another instance of the standard library's.
    crate::stable_sort::sort_by_key(&mut syms, |&s| freqs[s]);
    let m = syms.len();
    // Huffman's tree by the two-queue method: the leaves in order of weight,
    // and the merged nodes, which are made in order of weight too.
    let mut weight: Vec<u64> = syms.iter().map(|&s| freqs[s] as u64).collect();
    weight.resize(2 * m - 1, 0);
    let mut parent = vec![0usize; 2 * m - 1];
    let (mut leaf, mut merged) = (0, m);
    for node in m..2 * m - 1 {
        let mut pick = || {
            if leaf < m && (merged >= node || weight[leaf] <= weight[merged]) {
                leaf += 1;
                leaf - 1
            } else {
                merged += 1;
                merged - 1
            }
        };
        let (a, b) = (pick(), pick());
        weight[node] = weight[a] + weight[b];
        parent[a] = node;
        parent[b] = node;
    }
    // Depths from the root down (a parent is made after its children), and
    // how many leaves have each depth, the deep ones counted at `max`.
    let mut depth = vec![0usize; 2 * m - 1];
    let mut count = vec![0usize; max + 1];
    for k in (0..2 * m - 2).rev() {
        depth[k] = depth[parent[k]] + 1;
        if k < m {
            count[depth[k].min(max)] += 1;
        }
    }
    // Moving leaves up to `max` over-fills the code; take one leaf off the
    // deepest level and split a shallower leaf until it fits exactly.
    let mut total: usize = (1..=max).map(|l| count[l] << (max - l)).sum();
    while total > 1 << max {
        count[max] -= 1;
        if let Some(l) = (1..max).rev().find(|&l| count[l] > 0) {
            count[l] -= 1;
            count[l + 1] += 2;
        }
        total -= 1;
    }
    // The rarest symbols get the longest codes.
    let mut rare = syms.iter();
    for l in (1..=max).rev() {
        for _ in 0..count[l] {
            if let Some(&s) = rare.next() {
                lens[s] = l as u8;
            }
        }
    }
    lens
}

/// Each symbol's code, bit-reversed for writing (deflate sends a Huffman
/// code's first bit first, into the low end of the bit stream).
pub fn codes(lens: &[u8]) -> Vec<u16> {
    let mut count = [0u16; MAX_BITS + 1];
    for &l in lens {
        count[l as usize] += 1;
    }
    count[0] = 0;
    let mut next = [0u16; MAX_BITS + 1];
    for l in 1..=MAX_BITS {
        next[l] = (next[l - 1] + count[l - 1]) << 1;
    }
    lens.iter()
        .map(|&l| {
            let l = l as usize;
            if l == 0 {
                return 0;
            }
            let c = next[l];
            next[l] += 1;
            c.reverse_bits() >> (16 - l)
        })
        .collect()
}

/// A code ready for decoding: how many codes each length has, and the
/// symbols in code order.
pub struct Decoder {
    count: [u16; MAX_BITS + 1],
    symbols: Vec<u16>,
}

impl Decoder {
    /// The code with these lengths; an over-subscribed set of lengths (more
    /// codes than bits allow) is refused. An incomplete set is accepted, and
    /// reading one of its unused codes is an error.
    pub fn new(lens: &[u8]) -> Result<Decoder, Error> {
        let mut count = [0u16; MAX_BITS + 1];
        for &l in lens {
            count[l as usize] += 1;
        }
        count[0] = 0;
        let mut left: i32 = 1;
        for &c in &count[1..] {
            left = (left << 1) - c as i32;
            if left < 0 {
                return Err(Error::Invalid);
            }
        }
        let mut offset = [0u16; MAX_BITS + 2];
        for l in 1..=MAX_BITS {
            offset[l + 1] = offset[l] + count[l];
        }
        let mut symbols = vec![0u16; offset[MAX_BITS + 1] as usize];
        for (s, &l) in lens.iter().enumerate() {
            if l != 0 {
                symbols[offset[l as usize] as usize] = s as u16;
                offset[l as usize] += 1;
            }
        }
        Ok(Decoder { count, symbols })
    }

    /// The next symbol, read one bit at a time by `bit`.
    pub fn decode(&self, mut bit: impl FnMut() -> Result<u32, Error>) -> Result<u16, Error> {
        // `code` is the bits read so far; `first` the first code of this
        // length; `index` the first symbol of this length.
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for l in 1..=MAX_BITS {
            code |= bit()? as i32;
            let count = self.count[l] as i32;
            if code - first < count {
                return Ok(self.symbols[(index + code - first) as usize]);
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Err(Error::Invalid)
    }
}
