//! The library functions of the non-concurrency packages (`strings`,
//! `strconv`, `sort`, `math`, `math/rand`, `unicode/utf8`, `errors`), which
//! the machine implements in `sim::stdlib`.

/// One library function; the name is the package and the function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdFn {
    StringsRepeat,
    StringsJoin,
    StringsSplit,
    StringsFields,
    StringsContains,
    StringsContainsRune,
    StringsContainsAny,
    StringsHasPrefix,
    StringsHasSuffix,
    StringsTrimSpace,
    StringsTrim,
    StringsTrimLeft,
    StringsTrimRight,
    StringsTrimPrefix,
    StringsTrimSuffix,
    StringsToUpper,
    StringsToLower,
    StringsReplace,
    StringsReplaceAll,
    StringsIndex,
    StringsLastIndex,
    StringsCount,
    StringsEqualFold,
    StrconvItoa,
    /// `os.Args`: the program's name only.
    OsArgs,
    /// Methods of `strings.Builder` (the builder is the first argument).
    BuilderWriteString,
    BuilderWriteByte,
    BuilderWriteRune,
    BuilderString,
    BuilderLen,
    BuilderReset,
    BuilderGrow,
    /// Methods of `sync.Map` (the map is the first argument).
    SyncMapLoad,
    SyncMapStore,
    SyncMapLoadOrStore,
    SyncMapDelete,
    SyncMapRange,
    /// The field `L` of a `sync.Cond`: its mutex.
    CondL,
    /// `time.Until(t)`.
    TimeUntil,
    StrconvAtoi,
    StrconvFormatInt,
    StrconvParseInt,
    StrconvQuote,
    StrconvFormatFloat,
    StrconvParseFloat,
    StrconvFormatBool,
    StrconvParseBool,
    SortInts,
    SortStrings,
    SortFloat64s,
    SortSlice,
    SortSliceStable,
    SortIntsAreSorted,
    SortSearchInts,
    MathSqrt,
    MathPow,
    MathAbs,
    MathFloor,
    MathCeil,
    MathTrunc,
    MathRound,
    MathMax,
    MathMin,
    MathMod,
    MathInf,
    MathNaN,
    MathIsNaN,
    MathIsInf,
    RandIntn,
    RandInt,
    RandInt63,
    RandInt31n,
    RandFloat64,
    RandPerm,
    RandShuffle,
    RandSeed,
    Utf8RuneCountInString,
    Utf8RuneLen,
    Utf8ValidString,
    Utf8DecodeRuneInString,
    ErrorsIs,
    ErrorsUnwrap,
    ErrorsJoin,
}

impl StdFn {
    /// How many results the call pushes.
    pub fn results(self) -> u8 {
        use StdFn::*;
        match self {
            SortInts | SortStrings | SortFloat64s | SortSlice | SortSliceStable | RandShuffle | RandSeed
            | BuilderReset | BuilderGrow | SyncMapStore | SyncMapDelete | SyncMapRange => 0,
            SyncMapLoad | SyncMapLoadOrStore => 2,
            BuilderWriteString | BuilderWriteRune => 2,
            StrconvAtoi | StrconvParseInt | StrconvParseFloat | StrconvParseBool | Utf8DecodeRuneInString => 2,
            _ => 1,
        }
    }
}
