//! Writing raw deflate: LZ77 matches found through hash chains with lazy
//! matching (as zlib's best levels do), then each block of tokens written
//! with fixed Huffman codes or with its own dynamic codes, whichever is
//! shorter.

use super::huffman::{build_lengths, codes, MAX_BITS};
use super::tables::{code_of, fixed_lit_lengths, CL_ORDER, DIST_BASE, DIST_EXTRA, LENGTH_BASE, LENGTH_EXTRA};

/// The farthest a match may reach back.
const WINDOW: usize = 1 << 15;
/// The shortest and longest matches deflate can send.
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
/// Bits of the hash of three bytes that heads each chain.
const HASH_BITS: u32 = 15;
/// How many earlier positions a search tries at most.
const MAX_CHAIN: usize = 1024;
/// A match this long is taken without trying the next position.
const GOOD_ENOUGH: usize = 128;
/// Tokens per block: each block gets codes fitted to its own tokens.
const BLOCK_TOKENS: usize = 1 << 15;

/// A literal byte (`dist == 0`) or a copy of `len` bytes from `dist` back.
#[derive(Clone, Copy)]
struct Token {
    len: u16,
    dist: u16,
}

/// `data` as a raw deflate stream.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let tokens = lz77(data);
    let mut w = Writer { out: Vec::new(), buf: 0, count: 0 };
    let mut blocks = tokens.chunks(BLOCK_TOKENS).peekable();
    if blocks.peek().is_none() {
        write_block(&mut w, &[], true);
    }
    while let Some(block) = blocks.next() {
        write_block(&mut w, block, blocks.peek().is_none());
    }
    w.flush();
    w.out
}

/// The hash chains: for each 3-byte hash the latest position (plus one, so
/// zero means none), and for each position the one before it with its hash.
struct Chains {
    head: Vec<u32>,
    prev: Vec<u32>,
}

impl Chains {
    fn hash(data: &[u8], i: usize) -> usize {
        let h = (data[i] as u32) << 16 | (data[i + 1] as u32) << 8 | data[i + 2] as u32;
        (h.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize
    }

    /// Adds position `i` (which has three bytes after it) to its chain.
    fn insert(&mut self, data: &[u8], i: usize) {
        let h = Chains::hash(data, i);
        self.prev[i % WINDOW] = self.head[h];
        self.head[h] = i as u32 + 1;
    }

    /// The longest earlier match for position `i` as (length, distance).
    fn longest(&self, data: &[u8], i: usize) -> (usize, usize) {
        let max = (data.len() - i).min(MAX_MATCH);
        let (mut best, mut best_dist) = (0, 0);
        let mut cand = self.head[Chains::hash(data, i)] as usize;
        for _ in 0..MAX_CHAIN {
            if cand == 0 || i - (cand - 1) > WINDOW {
                break;
            }
            let j = cand - 1;
            // A longer match must agree at the byte past the best one so far.
            if data[j + best.min(max - 1)] == data[i + best.min(max - 1)] {
                let len = data[j..j + max].iter().zip(&data[i..i + max]).take_while(|(a, b)| a == b).count();
                if len > best {
                    (best, best_dist) = (len, i - j);
                    if len == max {
                        break;
                    }
                }
            }
            cand = self.prev[j % WINDOW] as usize;
        }
        // A three-byte match far back costs more than its literals.
        if best == MIN_MATCH && best_dist > 4096 {
            return (0, 0);
        }
        (best, best_dist)
    }
}

/// The tokens of `data`: at each position the longest match, unless the
/// next position has a longer one (then a literal first).
fn lz77(data: &[u8]) -> Vec<Token> {
    let mut chains = Chains { head: vec![0; 1 << HASH_BITS], prev: vec![0; WINDOW] };
    let mut tokens = Vec::new();
    let n = data.len();
    let mut i = 0;
    let mut found: Option<(usize, usize)> = None;
    while i < n {
        if i + MIN_MATCH > n {
            tokens.push(Token { len: data[i] as u16, dist: 0 });
            i += 1;
            continue;
        }
        let (len, dist) = found.take().unwrap_or_else(|| chains.longest(data, i));
        chains.insert(data, i);
        if len < MIN_MATCH {
            tokens.push(Token { len: data[i] as u16, dist: 0 });
            i += 1;
            continue;
        }
        if len < GOOD_ENOUGH && i + 1 + MIN_MATCH <= n {
            let next = chains.longest(data, i + 1);
            if next.0 > len {
                tokens.push(Token { len: data[i] as u16, dist: 0 });
                found = Some(next);
                i += 1;
                continue;
            }
        }
        tokens.push(Token { len: len as u16, dist: dist as u16 });
        for k in i + 1..(i + len).min(n - MIN_MATCH + 1) {
            chains.insert(data, k);
        }
        i += len;
    }
    tokens
}

/// Output bits, first bit lowest in each byte.
struct Writer {
    out: Vec<u8>,
    buf: u64,
    count: u32,
}

impl Writer {
    fn put(&mut self, value: u32, bits: u32) {
        self.buf |= (value as u64) << self.count;
        self.count += bits;
        while self.count >= 8 {
            self.out.push(self.buf as u8);
            self.buf >>= 8;
            self.count -= 8;
        }
    }

    fn flush(&mut self) {
        if self.count > 0 {
            self.out.push(self.buf as u8);
        }
        self.buf = 0;
        self.count = 0;
    }
}

/// A token's symbols: (literal/length symbol, extra bits, extra value) and,
/// for a copy, (distance symbol, extra bits, extra value).
fn symbols(t: Token) -> ((usize, u32, u32), Option<(usize, u32, u32)>) {
    if t.dist == 0 {
        return ((t.len as usize, 0, 0), None);
    }
    let l = code_of(&LENGTH_BASE, t.len);
    let d = code_of(&DIST_BASE, t.dist);
    (
        (257 + l, LENGTH_EXTRA[l] as u32, (t.len - LENGTH_BASE[l]) as u32),
        Some((d, DIST_EXTRA[d] as u32, (t.dist - DIST_BASE[d]) as u32)),
    )
}

/// The bits the tokens take with the given code lengths (extra bits included).
fn data_bits(tokens: &[Token], lit: &[u8], dist: &[u8]) -> usize {
    let mut bits = lit[256] as usize;
    for &t in tokens {
        let ((s, e, _), d) = symbols(t);
        bits += lit[s] as usize + e as usize;
        if let Some((s, e, _)) = d {
            bits += dist[s] as usize + e as usize;
        }
    }
    bits
}

/// The code lengths of both codes, run-length coded with symbols 16-18
/// as (symbol, extra bits, extra value).
fn length_runs(lens: &[u8]) -> Vec<(usize, u32, u32)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < lens.len() {
        let l = lens[i];
        let run = lens[i..].iter().take_while(|&&x| x == l).count();
        if l == 0 && run >= 11 {
            let n = run.min(138);
            runs.push((18, 7, n as u32 - 11));
            i += n;
        } else if l == 0 && run >= 3 {
            runs.push((17, 3, run as u32 - 3));
            i += run;
        } else if l != 0 && run >= 4 {
            // The length once, then repeats of it, 3 to 6 at a time.
            runs.push((l as usize, 0, 0));
            let n = (run - 1).min(6);
            runs.push((16, 2, n as u32 - 3));
            i += 1 + n;
        } else {
            runs.push((l as usize, 0, 0));
            i += 1;
        }
    }
    runs
}

/// Writes one block of tokens with the shorter of the fixed and its own codes.
fn write_block(w: &mut Writer, tokens: &[Token], last: bool) {
    let mut lit_freq = [0u32; 286];
    let mut dist_freq = [0u32; 30];
    lit_freq[256] = 1;
    for &t in tokens {
        let ((s, ..), d) = symbols(t);
        lit_freq[s] += 1;
        if let Some((s, ..)) = d {
            dist_freq[s] += 1;
        }
    }
    let lit = build_lengths(&lit_freq, MAX_BITS);
    let dist = build_lengths(&dist_freq, MAX_BITS);
    let nlit = 257.max(lit.iter().rposition(|&l| l > 0).unwrap_or(0) + 1);
    let ndist = 1.max(dist.iter().rposition(|&l| l > 0).unwrap_or(0) + 1);
    let all: Vec<u8> = lit[..nlit].iter().chain(&dist[..ndist]).copied().collect();
    let runs = length_runs(&all);
    let mut cl_freq = [0u32; 19];
    for &(s, ..) in &runs {
        cl_freq[s] += 1;
    }
    let cl = build_lengths(&cl_freq, 7);
    let ncl = 4.max(CL_ORDER.iter().rposition(|&s| cl[s] > 0).unwrap_or(0) + 1);
    let header: usize = 14 + 3 * ncl + runs.iter().map(|&(s, e, _)| cl[s] as usize + e as usize).sum::<usize>();

    let fixed_lit = fixed_lit_lengths();
    let fixed_dist = [5u8; 30];
    let dynamic = header + data_bits(tokens, &lit, &dist) < data_bits(tokens, &fixed_lit, &fixed_dist);
    w.put(last as u32, 1);
    let (lit, dist) = if dynamic {
        w.put(2, 2);
        w.put(nlit as u32 - 257, 5);
        w.put(ndist as u32 - 1, 5);
        w.put(ncl as u32 - 4, 4);
        for &s in &CL_ORDER[..ncl] {
            w.put(cl[s] as u32, 3);
        }
        let cl_codes = codes(&cl);
        for &(s, e, v) in &runs {
            w.put(cl_codes[s] as u32, cl[s] as u32);
            w.put(v, e);
        }
        (lit, dist)
    } else {
        w.put(1, 2);
        (fixed_lit.to_vec(), fixed_dist.to_vec())
    };
    let (lit_codes, dist_codes) = (codes(&lit), codes(&dist));
    for &t in tokens {
        let ((s, e, v), d) = symbols(t);
        w.put(lit_codes[s] as u32, lit[s] as u32);
        w.put(v, e);
        if let Some((s, e, v)) = d {
            w.put(dist_codes[s] as u32, dist[s] as u32);
            w.put(v, e);
        }
    }
    w.put(lit_codes[256] as u32, lit[256] as u32);
}
