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
    MathHypot,
    MathCbrt,
    MathExp,
    MathExp2,
    MathExpm1,
    MathLog,
    MathLog2,
    MathLog10,
    MathLog1p,
    MathSin,
    MathCos,
    MathTan,
    MathAsin,
    MathAcos,
    MathAtan,
    MathAtan2,
    MathSinh,
    MathCosh,
    MathTanh,
    MathAsinh,
    MathAcosh,
    MathAtanh,
    MathRoundToEven,
    MathSignbit,
    MathCopysign,
    MathDim,
    MathRemainder,
    MathFloat64bits,
    MathFloat64frombits,
    MathModf,
    MathFrexp,
    MathLdexp,
    MathPow10,
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
    ErrorsAs,
    /// The conversions `[]byte(s)`, `[]rune(s)`, `string(bytes)`, `string(runes)`.
    StringToBytes,
    StringToRunes,
    BytesToString,
    RunesToString,
    /// The full slice expression `s[lo:hi:max]` on (s, lo, hi, max).
    Slice3,
    /// `rand.NewSource(seed)` and `rand.New(src)`.
    RandNewSource,
    RandNew,
    /// Methods of a `*rand.Rand` (the generator is the first argument).
    RandObjIntn,
    RandObjInt,
    RandObjInt63,
    RandObjInt31n,
    RandObjFloat64,
    RandObjPerm,
    RandObjShuffle,
    RandObjSeed,
    /// `ctx.Deadline()`: the deadline and whether there is one.
    CtxDeadline,
    /// `t.Equal(u)` on two times.
    TimeEqual,
    /// `&x.f`: a pointer to the field path (the remaining arguments) of what the first points to.
    AddrField,
    /// `&s.arr[i].f`, `&p[i]`: a pointer into element `i` of the array the
    /// first argument points to, then the field path.
    AddrIndex,
    /// `&s[i].f`: a pointer into element `i` of slice `s`, then the field path.
    AddrElem,
    /// `log.Print`, `log.Println`, `log.Printf` (to stderr, with the date and time).
    LogPrint,
    LogPrintln,
    LogPrintf,
    /// `log.Fatal`, `log.Fatalln`, `log.Fatalf`: print, then exit with status 1.
    LogFatal,
    LogFatalln,
    LogFatalf,
    /// An array variable's value moved into a new backing array: the handle
    /// (a slice over all of it) that the variable holds, or `&[N]T{...}`.
    ArrayToBacking,
    /// The array an array handle or pointer refers to, copied out (`*p`, or
    /// reading a backed array variable).
    ArrayValue,
    /// `(handle or pointer, array)`: writes the array's elements into what
    /// the first argument refers to (`*p = a`, assigning a backed variable).
    ArrayAssign,
    /// A pointer to an array, checked before it is indexed or sliced: a nil
    /// one panics as Go's nil dereference.
    ArrayPtrCheck,
    /// `a[lo:hi]` and `a[lo:hi:max]` on an array (a handle) on (a, lo, hi)
    /// or (a, lo, hi, max): Go's bounds messages for arrays name the
    /// length, not the capacity.
    ArraySlice,
}

impl StdFn {
    /// How many results the call pushes.
    pub fn results(self) -> u8 {
        use StdFn::*;
        match self {
            SortInts | SortStrings | SortFloat64s | SortSlice | SortSliceStable | RandShuffle | RandSeed
            | RandObjShuffle | RandObjSeed | BuilderReset | BuilderGrow | SyncMapStore | SyncMapDelete
            | SyncMapRange | LogPrint | LogPrintln | LogPrintf | LogFatal | LogFatalln | LogFatalf | ArrayAssign => 0,
            SyncMapLoad | SyncMapLoadOrStore => 2,
            BuilderWriteString | BuilderWriteRune => 2,
            StrconvAtoi | StrconvParseInt | StrconvParseFloat | StrconvParseBool | Utf8DecodeRuneInString => 2,
            MathModf | MathFrexp | CtxDeadline => 2,
            _ => 1,
        }
    }
}
