//! Reading raw deflate (RFC 1951): stored, fixed-code and dynamic-code
//! blocks. Every rule of the format is checked, so damaged input gives an
//! `Error`; every loop reads input or writes bounded output, so it ends.

use super::huffman::Decoder;
use super::tables::{fixed_lit_lengths, CL_ORDER, DIST_BASE, DIST_EXTRA, LENGTH_BASE, LENGTH_EXTRA};
use super::Error;

/// The input, read bit by bit from the low end of each byte.
struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
    buf: u32,
    count: u32,
}

impl Bits<'_> {
    /// The next `n` (at most 16) bits, first bit lowest.
    fn take(&mut self, n: u32) -> Result<u32, Error> {
        while self.count < n {
            let &byte = self.data.get(self.pos).ok_or(Error::Truncated)?;
            self.pos += 1;
            self.buf |= (byte as u32) << self.count;
            self.count += 8;
        }
        let v = self.buf & ((1 << n) - 1);
        self.buf >>= n;
        self.count -= n;
        Ok(v)
    }

    /// The next symbol of `code`.
    fn symbol(&mut self, code: &Decoder) -> Result<u16, Error> {
        code.decode(|| self.take(1))
    }
}

/// The data of a raw deflate stream of at most `limit` bytes, and how many
/// input bytes the stream took (the rest is the caller's, such as zlib's
/// checksum).
pub fn inflate(data: &[u8], limit: usize) -> Result<(Vec<u8>, usize), Error> {
    let mut bits = Bits { data, pos: 0, buf: 0, count: 0 };
    let mut out = Vec::new();
    loop {
        let last = bits.take(1)? == 1;
        match bits.take(2)? {
            0 => stored(&mut bits, &mut out, limit)?,
            1 => {
                let lit = Decoder::new(&fixed_lit_lengths())?;
                let dist = Decoder::new(&[5; 30])?;
                codes(&mut bits, &mut out, limit, &lit, &dist)?;
            }
            2 => {
                let (lit, dist) = dynamic_codes(&mut bits)?;
                codes(&mut bits, &mut out, limit, &lit, &dist)?;
            }
            _ => return Err(Error::Invalid),
        }
        if last {
            return Ok((out, bits.pos));
        }
    }
}

/// A stored block: from the next byte boundary, its length, the length's
/// complement, and that many bytes as they are.
fn stored(bits: &mut Bits, out: &mut Vec<u8>, limit: usize) -> Result<(), Error> {
    bits.buf = 0;
    bits.count = 0;
    let len = bits.take(16)? as usize;
    if bits.take(16)? as usize != len ^ 0xFFFF {
        return Err(Error::Invalid);
    }
    let bytes = bits.data.get(bits.pos..bits.pos + len).ok_or(Error::Truncated)?;
    if out.len() + len > limit {
        return Err(Error::TooLarge);
    }
    out.extend_from_slice(bytes);
    bits.pos += len;
    Ok(())
}

/// A dynamic block's header: the code-length code, then the literal/length
/// and distance codes' lengths written with it.
fn dynamic_codes(bits: &mut Bits) -> Result<(Decoder, Decoder), Error> {
    let nlit = bits.take(5)? as usize + 257;
    let ndist = bits.take(5)? as usize + 1;
    let ncl = bits.take(4)? as usize + 4;
    if nlit > 286 || ndist > 30 {
        return Err(Error::Invalid);
    }
    let mut cl_lens = [0u8; 19];
    for &i in &CL_ORDER[..ncl] {
        cl_lens[i] = bits.take(3)? as u8;
    }
    let cl = Decoder::new(&cl_lens)?;
    let mut lens = Vec::with_capacity(nlit + ndist);
    while lens.len() < nlit + ndist {
        let sym = bits.symbol(&cl)?;
        let (value, repeat) = match sym {
            0..=15 => (sym as u8, 1),
            16 => (*lens.last().ok_or(Error::Invalid)?, 3 + bits.take(2)?),
            17 => (0, 3 + bits.take(3)?),
            _ => (0, 11 + bits.take(7)?),
        };
        if lens.len() + repeat as usize > nlit + ndist {
            return Err(Error::Invalid);
        }
        lens.extend(std::iter::repeat_n(value, repeat as usize));
    }
    // A block without an end-of-block code could never end.
    if lens[256] == 0 {
        return Err(Error::Invalid);
    }
    Ok((Decoder::new(&lens[..nlit])?, Decoder::new(&lens[nlit..])?))
}

/// A block's literals and (length, distance) copies, up to its end code.
fn codes(bits: &mut Bits, out: &mut Vec<u8>, limit: usize, lit: &Decoder, dist: &Decoder) -> Result<(), Error> {
    loop {
        let sym = bits.symbol(lit)? as usize;
        if sym < 256 {
            if out.len() >= limit {
                return Err(Error::TooLarge);
            }
            out.push(sym as u8);
            continue;
        }
        if sym == 256 {
            return Ok(());
        }
        let i = sym - 257;
        let (&base, &extra) = LENGTH_BASE.get(i).zip(LENGTH_EXTRA.get(i)).ok_or(Error::Invalid)?;
        let len = base as usize + bits.take(extra as u32)? as usize;
        let d = bits.symbol(dist)? as usize;
        let (&base, &extra) = DIST_BASE.get(d).zip(DIST_EXTRA.get(d)).ok_or(Error::Invalid)?;
        let distance = base as usize + bits.take(extra as u32)? as usize;
        if distance > out.len() {
            return Err(Error::Invalid);
        }
        if out.len() + len > limit {
            return Err(Error::TooLarge);
        }
        let from = out.len() - distance;
        for k in from..from + len {
            out.push(out[k]);
        }
    }
}
