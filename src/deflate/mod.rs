//! Deflate (RFC 1951) in a zlib wrapper (RFC 1950), for share links: the
//! page packs a link's text with `zlib_compress` and opens one with
//! `zlib_decompress`. Our own code instead of a general-purpose crate keeps
//! the page's wasm small (docs/wasm-size.md); it reads every valid stream,
//! so the links the page made with `miniz_oxide` still open.
//!
//! `inflate` reads raw deflate and refuses any malformed, truncated or too
//! large input with an `Error`, never a panic or a hang; `compress` writes
//! LZ77 matches (hash chains, lazy matching) with fixed or dynamic Huffman
//! codes, whichever is shorter per block; `huffman` builds and numbers the
//! codes both sides use; `tables` holds the length and distance codes.

mod compress;
mod huffman;
mod inflate;
mod tables;

pub use compress::deflate;
pub use inflate::inflate;

/// Why a compressed stream cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// The stream ends before its last block does.
    Truncated,
    /// The stream breaks a rule of the format (a bad block type, code,
    /// length, distance or zlib header, or bytes after the end).
    Invalid,
    /// The text would be longer than the limit given.
    TooLarge,
    /// The zlib checksum does not match the text: the data was changed.
    Checksum,
}

/// Adler-32 of `data` (RFC 1950), zlib's checksum.
pub fn adler32(data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (1u32, 0u32);
    // 5552 bytes is the most that cannot overflow `b` before the reduction.
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// `data` compressed and wrapped in zlib's header and checksum.
pub fn zlib_compress(data: &[u8]) -> Vec<u8> {
    // 0x78: deflate with a 32 KB window; 0xDA: the "maximum compression"
    // level flag, no dictionary, and the check bits making it a multiple of 31.
    let mut out = vec![0x78, 0xDA];
    out.extend(deflate(data));
    out.extend(adler32(data).to_be_bytes());
    out
}

/// The data of a zlib stream of at most `limit` bytes; the whole input must
/// be the stream and its checksum must match.
pub fn zlib_decompress(data: &[u8], limit: usize) -> Result<Vec<u8>, Error> {
    let [cmf, flg, ..] = *data else { return Err(Error::Truncated) };
    // Deflate, a window of at most 32 KB, the check bits, no preset dictionary.
    if cmf & 0x0F != 8 || cmf >> 4 > 7 || (cmf as u16 * 256 + flg as u16) % 31 != 0 || flg & 0x20 != 0 {
        return Err(Error::Invalid);
    }
    let (out, used) = inflate(&data[2..], limit)?;
    let rest = &data[2 + used..];
    let Some(sum) = rest.get(..4) else { return Err(Error::Truncated) };
    if rest.len() > 4 {
        return Err(Error::Invalid);
    }
    if u32::from_be_bytes([sum[0], sum[1], sum[2], sum[3]]) != adler32(&out) {
        return Err(Error::Checksum);
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
