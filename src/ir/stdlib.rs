//! The library functions of the non-concurrency packages (`strings`,
//! `strconv`, `sort`, `math`, `math/rand`, `unicode/utf8`, `errors`), which
//! the machine implements in `sim::stdlib`.

/// One library function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdFn {
    /// `strconv.Itoa(i int) string`.
    StrconvItoa,
}

impl StdFn {
    /// How many results the call pushes.
    pub fn results(self) -> u8 {
        match self {
            StdFn::StrconvItoa => 1,
        }
    }
}
