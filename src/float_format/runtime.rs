//! Go's runtime `printfloat` (`print`, `println` and `panic` of a float):
//! seven digits as `+d.dddddde+ddd`, computed in float64 arithmetic by
//! repeated division and multiplication by ten, so its last digit is not
//! always correctly rounded; this is that arithmetic, step for step.

/// Go 1.19's `runtime.printfloat(v)`.
pub fn runtime_print_float(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v + v == v && v > 0.0 {
        return "+Inf".into();
    }
    if v + v == v && v < 0.0 {
        return "-Inf".into();
    }
    const N: usize = 7;
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    let mut v = v;
    if v == 0.0 {
        if v.is_sign_negative() {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        // Normalise to [1, 10).
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        // Round at the seventh digit.
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    for i in 0..N {
        let s = v as i64;
        buf[i + 2] = b'0' + s as u8;
        v -= s as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = b'0' + (e / 100) as u8;
    buf[N + 5] = b'0' + (e / 10 % 10) as u8;
    buf[N + 6] = b'0' + (e % 10) as u8;
    buf.iter().map(|&b| b as char).collect()
}
