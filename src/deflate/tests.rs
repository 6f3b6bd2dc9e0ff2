//! Unit tests of the codec: streams from zlib itself, hand-made broken
//! streams, and round trips. tests/share_links.rs adds property tests
//! against `miniz_oxide` and the links the page made with it.

use super::*;

/// Packs (value, bit count) pairs into bytes, first bit lowest.
fn pack(fields: &[(u32, u32)]) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut buf, mut count) = (0u64, 0);
    for &(v, n) in fields {
        buf |= (v as u64) << count;
        count += n;
        while count >= 8 {
            out.push(buf as u8);
            buf >>= 8;
            count -= 8;
        }
    }
    if count > 0 {
        out.push(buf as u8);
    }
    out
}

/// A Huffman code as a field: its bits reversed, since it is sent first bit first.
fn huff(code: u32, len: u32) -> (u32, u32) {
    (code.reverse_bits() >> (32 - len), len)
}

const HELLO: &[u8] = b"hello hello hello hello";

#[test]
fn reads_zlibs_stored_and_fixed_blocks() {
    // Python's zlib.compress(HELLO, 0) and zlib.compress(HELLO, 1).
    let stored = [
        120, 1, 1, 23, 0, 232, 255, 104, 101, 108, 108, 111, 32, 104, 101, 108, 108, 111, 32, 104, 101, 108, 108, 111,
        32, 104, 101, 108, 108, 111, 104, 3, 8, 177,
    ];
    let fixed = [120, 1, 203, 72, 205, 201, 201, 87, 200, 64, 39, 1, 104, 3, 8, 177];
    assert_eq!(zlib_decompress(&stored, 100).unwrap(), HELLO);
    assert_eq!(zlib_decompress(&fixed, 100).unwrap(), HELLO);
    // Raw deflate of "abc".
    assert_eq!(inflate(&[75, 76, 74, 6, 0], 100).unwrap(), (b"abc".to_vec(), 5));
}

#[test]
fn adler32_of_known_texts() {
    assert_eq!(adler32(b""), 1);
    assert_eq!(adler32(b"Wikipedia"), 0x11E6_0398);
    assert_eq!(adler32(&vec![0xFF; 100_000]), {
        let (mut a, mut b) = (1u64, 0u64);
        for _ in 0..100_000 {
            a = (a + 0xFF) % 65521;
            b = (b + a) % 65521;
        }
        (b << 16 | a) as u32
    });
}

#[test]
fn every_truncation_and_every_changed_byte_is_an_error_or_other_text() {
    let text: Vec<u8> = (0..3000u32).map(|i| b"chan select go func "[(i * i % 20) as usize]).collect();
    let z = zlib_compress(&text);
    for n in 0..z.len() {
        assert!(zlib_decompress(&z[..n], 1 << 20).is_err(), "prefix of {n} bytes");
    }
    for i in 0..z.len() {
        for flip in [1u8, 0x80, 0xFF] {
            let mut bad = z.clone();
            bad[i] ^= flip;
            // The last deflate byte's unused high bits are padding, which
            // nothing checks; every other change is noticed.
            let same = zlib_decompress(&bad, 1 << 20).ok().as_deref() == Some(&text[..]);
            assert!(!same || i == z.len() - 5, "byte {i} ^ {flip}");
        }
    }
    let mut longer = z.clone();
    longer.push(0);
    assert_eq!(zlib_decompress(&longer, 1 << 20), Err(Error::Invalid));
}

#[test]
fn a_changed_checksum_or_header_is_refused() {
    let mut z = zlib_compress(HELLO);
    let n = z.len();
    z[n - 1] ^= 1;
    assert_eq!(zlib_decompress(&z, 100), Err(Error::Checksum));
    assert_eq!(zlib_decompress(&[0x78, 0xDB, 3, 0, 0, 0, 0, 1], 100), Err(Error::Invalid));
    assert_eq!(zlib_decompress(&[0x79, 0xDA - 0x1E, 3, 0, 0, 0, 0, 1], 100), Err(Error::Invalid));
    assert_eq!(zlib_decompress(&[0x78, 0xDA, 3, 0, 0, 0, 0, 1], 100), Ok(vec![]));
}

#[test]
fn broken_blocks_are_refused() {
    // Block type 3.
    assert_eq!(inflate(&pack(&[(1, 1), (3, 2)]), 100), Err(Error::Invalid));
    // A stored block whose length's complement is wrong.
    assert_eq!(inflate(&[1, 5, 0, 0, 0], 100), Err(Error::Invalid));
    // A stored block longer than the input.
    assert_eq!(inflate(&[1, 5, 0, 0xFA, 0xFF, b'a'], 100), Err(Error::Truncated));
    // A fixed block copying from before the start: length 3, distance 1.
    let far = pack(&[(1, 1), (1, 2), huff(1, 7), huff(0, 5)]);
    assert_eq!(inflate(&far, 100), Err(Error::Invalid));
    // Fixed-code length symbol 286 (11000110) and distance symbol 30.
    let bad_len = pack(&[(1, 1), (1, 2), huff(0b1100_0110, 8)]);
    assert_eq!(inflate(&bad_len, 100), Err(Error::Invalid));
    // (An unused code reads on to 15 bits before it is refused: two more bytes.)
    let bad_dist = pack(&[(1, 1), (1, 2), huff(0x30 + b'a' as u32, 8), huff(1, 7), huff(30, 5), (0, 16)]);
    assert_eq!(inflate(&bad_dist, 100), Err(Error::Invalid));
    // A block that never ends.
    assert_eq!(inflate(&pack(&[(0, 1), (1, 2), huff(0, 7)]), 100), Err(Error::Truncated));
}

#[test]
fn broken_dynamic_headers_are_refused() {
    // 287 literal/length codes.
    assert_eq!(inflate(&pack(&[(1, 1), (2, 2), (30, 5), (0, 5), (0, 4)]), 100), Err(Error::Invalid));
    // An over-subscribed code-length code: three lengths of 1.
    let over = pack(&[(1, 1), (2, 2), (0, 5), (0, 5), (0, 4), (1, 3), (1, 3), (1, 3), (0, 3)]);
    assert_eq!(inflate(&over, 100), Err(Error::Invalid));
    // Code-length symbol 16 (repeat the previous length) with nothing before it:
    // the code-length code gives 16 and 17 one bit each.
    let repeat_first = pack(&[(1, 1), (2, 2), (0, 5), (0, 5), (0, 4), (1, 3), (1, 3), (0, 3), (0, 3), (0, 1)]);
    assert_eq!(inflate(&repeat_first, 100), Err(Error::Invalid));
    // Lengths running past the codes' count: 258 codes, then 17 repeated (zeros) 10 times at the end.
    let mut fields = vec![(1, 1), (2, 2), (0, 5), (0, 5), (0, 4), (1, 3), (1, 3), (0, 3), (0, 3)];
    for _ in 0..30 {
        fields.push((1, 1)); // symbol 17: three to ten zeros.
        fields.push((7, 3));
    }
    assert_eq!(inflate(&pack(&fields), 100), Err(Error::Invalid));
    // No end-of-block code: all 258 lengths zero.
    let mut fields = vec![(1, 1), (2, 2), (0, 5), (0, 5), (0, 4), (0, 3), (1, 3), (1, 3), (0, 3)];
    for _ in 0..25 {
        fields.push((0, 1)); // symbol 17.
        fields.push((7, 3));
    }
    fields.push((0, 1));
    fields.push((5, 3)); // 8 more: 258 in all.
    assert_eq!(inflate(&pack(&fields), 100), Err(Error::Invalid));
}

#[test]
fn output_beyond_the_limit_is_refused() {
    let z = zlib_compress(&[7u8; 5000]);
    assert_eq!(zlib_decompress(&z, 5000).unwrap().len(), 5000);
    assert_eq!(zlib_decompress(&z, 4999), Err(Error::TooLarge));
    // A tiny stream that would expand enormously stops at the limit.
    assert!(z.len() < 100);
}

#[test]
fn round_trips() {
    let mut x: u32 = 1;
    let mut random = || {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        x
    };
    let noise: Vec<u8> = (0..70_000).map(|_| random() as u8).collect();
    let words: Vec<u8> =
        (0..200_000).flat_map(|_| ["go ", "chan ", "func ", "<-", "\n\t"][random() as usize % 5].bytes()).collect();
    let cases: Vec<Vec<u8>> = vec![
        vec![],
        vec![0],
        b"a".to_vec(),
        b"ab".to_vec(),
        b"abc".to_vec(),
        HELLO.to_vec(),
        vec![b'x'; 100_000],
        (0..=255u8).cycle().take(40_000).collect(),
        noise,
        words,
    ];
    for data in cases {
        let z = zlib_compress(&data);
        assert_eq!(zlib_decompress(&z, data.len()).unwrap(), data, "{} bytes", data.len());
    }
}

#[test]
fn compresses_text_well() {
    let text = "func worker(id int, jobs <-chan int, results chan<- int) {\n\tfor j := range jobs {\n\t\tresults <- j * 2\n\t}\n}\n".repeat(50);
    let z = zlib_compress(text.as_bytes());
    assert!(z.len() < 200, "{} bytes", z.len());
}

#[test]
fn lengths_fit_the_limit_and_make_a_complete_code() {
    // Fibonacci counts make Huffman's tree as deep as it gets.
    let mut freqs = vec![1u32, 1];
    while freqs.len() < 40 {
        let n = freqs.len();
        freqs.push(freqs[n - 1] + freqs[n - 2]);
    }
    for max in [7, 15] {
        let lens = huffman::build_lengths(&freqs, max);
        assert!(lens.iter().all(|&l| l >= 1 && l as usize <= max));
        let kraft: f64 = lens.iter().map(|&l| 0.5f64.powi(l as i32)).sum();
        assert_eq!(kraft, 1.0);
    }
}
