//! Share links made by the page before it had its own deflate and base64
//! (it used the `miniz_oxide` and `base64` crates): `tests/share_vectors/`
//! holds such links (`NAME.link`, the text after `#s=`) with the exact text
//! they pack (`NAME.txt`), so that links people already shared keep opening.
//!
//! The vectors were written once by `write_vectors` below with the old
//! page's own code (zlib at level 9, URL-safe base64 without padding); run it
//! again only to add vectors: `CHANSCOPE_WRITE_SHARE_VECTORS=1 cargo test
//! --test share_links -- --ignored`.
#![cfg(not(target_arch = "wasm32"))]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::prelude::*;
use std::path::PathBuf;

/// The directory of the vectors.
fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/share_vectors")
}

/// Every vector: its name, its link and the text the link packs.
fn vectors() -> Vec<(String, String, String)> {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".link").map(str::to_string))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let link = std::fs::read_to_string(dir().join(format!("{n}.link"))).unwrap();
            let text = std::fs::read_to_string(dir().join(format!("{n}.txt"))).unwrap();
            (n, link.trim().to_string(), text)
        })
        .collect()
}

/// The text the old page packed into a link (`ui::share::encode`'s format).
fn packed_text(policy: &str, seed: u64, step: usize, choices: &str, source: &str) -> String {
    format!("chanscope-share-1\n{policy}\n{seed}\n{step}\n{choices}\n{source}")
}

/// The old page's link for `text`, exactly as it made them.
fn old_link(text: &str) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(text.as_bytes(), 9))
}

/// A gallery example's source.
fn example(slug: &str) -> String {
    std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("examples/{slug}.go"))).unwrap()
}

/// A large program (about 100 KB): many similar functions, so the
/// compressor finds matches at every distance up to its 32 KB window.
fn large_program() -> String {
    let mut src = String::from("package main\n\nimport \"fmt\"\n\n");
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for i in 0..700 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        src.push_str(&format!(
            "// worker{i} adds {} to every value it receives and passes it on.\nfunc worker{i}(in <-chan int, out chan<- int) {{\n\tfor v := range in {{\n\t\tout <- v + {}\n\t}}\n\tclose(out)\n}}\n\n",
            x % 1000,
            x % 1000
        ));
    }
    src.push_str("func main() {\n\tc := make(chan int, 1)\n\tc <- 1\n\tfmt.Println(<-c)\n}\n");
    src
}

/// Writes the vectors (once, with the old code; see the module comment).
#[test]
#[ignore]
fn write_vectors() {
    if std::env::var("CHANSCOPE_WRITE_SHARE_VECTORS").is_err() {
        return;
    }
    let mut all_examples = String::new();
    for slug in ["s01-goroutines", "s02-channels", "s03-select", "s04-timers", "s05-context", "s07-waitgroup"] {
        all_examples.push_str(&example(slug));
    }
    let long_choices: String = (0..3000).map(|i: u32| ((i * 7919) % 5).to_string()).collect::<Vec<_>>().join(",");
    let cases: Vec<(&str, String)> = vec![
        ("empty-program", packed_text("fifo", 1, 0, "", "")),
        ("s02-channels-fifo", packed_text("fifo", 1, 0, "", &example("s02-channels"))),
        ("s08-mutex-random", packed_text("random", 42, 15, "", &example("s08-mutex"))),
        ("s03-select-manual", packed_text("manual", 7, 9, "0*3,1,0.1,2*4", &example("s03-select"))),
        ("s06-worker-pool-replay", packed_text("replay", 3, 20, "0*5,2,1*3,3,0.2", &example("s06-worker-pool"))),
        ("deadlock-pct", packed_text("pct", u64::MAX, 4, "", &example("deadlock"))),
        (
            "non-ascii",
            packed_text(
                "fifo",
                1,
                2,
                "",
                "package main\n\nimport \"fmt\"\n\n// Привет, мир! 🦀 — «каналы»\nfunc main() {\n\tfmt.Println(\"héllo, 世界 🦀\")\n}\n",
            ),
        ),
        ("six-examples", packed_text("random", 123456789, 300, "", &all_examples)),
        ("long-manual", packed_text("manual", 5, 3000, &long_choices, &example("s12-gosched"))),
        ("large-program", packed_text("fifo", 1, 10, "", &large_program())),
    ];
    for (name, text) in cases {
        std::fs::write(dir().join(format!("{name}.txt")), &text).unwrap();
        std::fs::write(dir().join(format!("{name}.link")), old_link(&text) + "\n").unwrap();
    }
}

/// The old codec reads its own vectors back (the files are whole).
#[test]
fn the_old_codec_reads_the_vectors() {
    let vs = vectors();
    assert!(vs.len() >= 10, "only {} vectors", vs.len());
    for (name, link, text) in vs {
        let bytes = URL_SAFE_NO_PAD.decode(&link).unwrap();
        let back = miniz_oxide::inflate::decompress_to_vec_zlib(&bytes).unwrap();
        assert_eq!(String::from_utf8(back).unwrap(), text, "{name}");
        assert_eq!(old_link(&text), link, "{name}: the old encoder is no longer deterministic");
    }
}

/// Our own codec reads every old link to the exact text.
#[test]
fn our_codec_reads_the_old_links() {
    for (name, link, text) in vectors() {
        let bytes = chanscope::base64url::decode(&link).unwrap_or_else(|| panic!("{name}: base64"));
        let back = chanscope::deflate::zlib_decompress(&bytes, 1 << 20).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(back == text.as_bytes(), "{name}: other text");
        assert_eq!(chanscope::base64url::encode(&bytes), link, "{name}: base64 differs");
    }
}

/// Our links are about as short as the old ones, and the old codec reads them.
#[test]
fn our_links_are_as_short_as_the_old_ones() {
    let (mut ours_total, mut old_total) = (0, 0);
    for (name, link, text) in vectors() {
        let ours = chanscope::base64url::encode(&chanscope::deflate::zlib_compress(text.as_bytes()));
        let bytes = URL_SAFE_NO_PAD.decode(&ours).unwrap();
        let back = miniz_oxide::inflate::decompress_to_vec_zlib(&bytes).unwrap();
        assert!(back == text.as_bytes(), "{name}: miniz reads other text");
        println!("{name}: {} bytes of text, old link {} characters, ours {}", text.len(), link.len(), ours.len());
        assert!(ours.len() <= link.len() + link.len() / 20 + 8, "{name}: {} against {}", ours.len(), link.len());
        ours_total += ours.len();
        old_total += link.len();
    }
    println!("all: old {old_total}, ours {ours_total}");
}

/// Random text drawn from Go-like words, so the compressor finds matches.
fn go_text() -> impl Strategy<Value = Vec<u8>> {
    let word = prop_oneof![
        Just("func ".to_string()),
        Just("chan int".to_string()),
        Just(" <- ".to_string()),
        Just("\n\t".to_string()),
        Just("go worker(i)".to_string()),
        "[a-zа-я0-9 {}();🦀]{1,12}",
    ];
    proptest::collection::vec(word, 0..400).prop_map(|ws| ws.concat().into_bytes())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn deflate_then_inflate_gives_the_input(data in prop_oneof![go_text(), proptest::collection::vec(any::<u8>(), 0..3000)]) {
        let z = chanscope::deflate::zlib_compress(&data);
        prop_assert_eq!(chanscope::deflate::zlib_decompress(&z, data.len()).unwrap(), data.clone());
        prop_assert_eq!(miniz_oxide::inflate::decompress_to_vec_zlib(&z).unwrap(), data.clone());
        let text = chanscope::base64url::encode(&z);
        prop_assert_eq!(chanscope::base64url::decode(&text).unwrap(), z.clone());
        prop_assert_eq!(URL_SAFE_NO_PAD.encode(&z), text);
    }

    #[test]
    fn our_inflater_agrees_with_miniz_on_its_output(data in go_text(), level in 0u8..=10) {
        let z = miniz_oxide::deflate::compress_to_vec_zlib(&data, level);
        prop_assert_eq!(chanscope::deflate::zlib_decompress(&z, 1 << 20).unwrap(), data.clone());
        let raw = miniz_oxide::deflate::compress_to_vec(&data, level);
        let (out, used) = chanscope::deflate::inflate(&raw, 1 << 20).unwrap();
        prop_assert_eq!(out, data);
        prop_assert_eq!(used, raw.len());
    }

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let ours = chanscope::deflate::inflate(&bytes, 1 << 16);
        let theirs = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, 1 << 16);
        // Whatever both read completely, they read alike.
        if let (Ok((out, _)), Ok(t)) = (&ours, &theirs) {
            prop_assert_eq!(out, t);
        }
        let _ = chanscope::deflate::zlib_decompress(&bytes, 1 << 16);
        let _ = chanscope::base64url::decode(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn changed_streams_never_panic(data in go_text(), changes in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6), cut in any::<usize>()) {
        let mut z = chanscope::deflate::zlib_compress(&data);
        for (i, x) in changes {
            let n = z.len();
            z[i % n] ^= x;
        }
        if let Ok(out) = chanscope::deflate::zlib_decompress(&z, 1 << 20) {
            // A change the checksum misses must agree with miniz's reading.
            prop_assert_eq!(miniz_oxide::inflate::decompress_to_vec_zlib(&z).ok(), Some(out));
        }
        let n = z.len();
        let _ = chanscope::deflate::zlib_decompress(&z[..cut % n], 1 << 20);
        let _ = chanscope::deflate::inflate(&z[2..], 1 << 20);
    }
}

/// Property-test cases per test (`CHANSCOPE_FUZZ_CASES`, 256 by default).
fn cases() -> u32 {
    std::env::var("CHANSCOPE_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
}

/// Every old link opens as the view it was made of, and the link the page
/// makes now of that view opens as the same view.
#[test]
fn the_old_links_open_as_the_same_view() {
    use chanscope::share_link::{decode, encode};
    for (name, link, text) in vectors() {
        let shared = decode(&link).unwrap_or_else(|e| panic!("{name}: {e}"));
        let parts: Vec<&str> = text.splitn(6, '\n').collect();
        assert_eq!(shared.policy.as_str(), parts[1], "{name}");
        assert_eq!(shared.seed.to_string(), parts[2], "{name}");
        assert_eq!(shared.step.to_string(), parts[3], "{name}");
        assert_eq!(chanscope::sim::choice::encode(&shared.full_choices()), parts[4], "{name}");
        assert!(shared.source == parts[5], "{name}: other program");
        assert_eq!(decode(&encode(&shared)).as_ref(), Ok(&shared), "{name}");
    }
}

/// A link changed by hand is refused with a plain message.
#[test]
fn a_changed_link_is_refused() {
    use chanscope::share_link::decode;
    let (_, link, _) = vectors().into_iter().find(|(n, ..)| n == "s02-channels-fifo").unwrap();
    for i in (0..link.len()).step_by(7) {
        let mut bad = link.clone().into_bytes();
        bad[i] = if bad[i] == b'A' { b'B' } else { b'A' };
        let bad = String::from_utf8(bad).unwrap();
        assert!(decode(&bad).is_err(), "changed at {i}");
    }
    assert_eq!(decode("not*base64"), Err("it is not valid base64".to_string()));
    let bytes = chanscope::base64url::decode(&link).unwrap();
    let cut = chanscope::base64url::encode(&bytes[..bytes.len() - 3]);
    assert_eq!(decode(&cut), Err("its compressed data is damaged".to_string()));
    let huge = chanscope::base64url::encode(&chanscope::deflate::zlib_compress(&vec![b' '; (1 << 20) + 1]));
    assert_eq!(decode(&huge), Err("its compressed data is damaged".to_string()));
}
