//! The exported names of each supported package as of Go 1.19.
//!
//! The checker uses these lists to tell a name that does not exist
//! (`undefined: fmt.Printline`, as Go says) from a real name that Chanscope
//! does not implement yet (`time.Parse is not supported yet`).

/// Whether `name` is exported by the Go 1.19 package `path`.
pub fn exists(path: &str, name: &str) -> bool {
    if path == "sync/atomic" {
        return atomic_exists(name);
    }
    names(path).split_whitespace().any(|n| n == name)
}

/// `sync/atomic`: the typed values and the function family `OpType`.
fn atomic_exists(name: &str) -> bool {
    const TYPES: &[&str] = &["Int32", "Int64", "Uint32", "Uint64", "Uintptr", "Pointer"];
    if matches!(name, "Bool" | "Value") || TYPES.contains(&name) {
        return true;
    }
    ["Add", "CompareAndSwap", "Load", "Store", "Swap"]
        .iter()
        .any(|op| name.strip_prefix(op).map_or(false, |t| TYPES.contains(&t) && !(*op == "Add" && t == "Pointer")))
}

/// The exported names of `path`, separated by white space.
fn names(path: &str) -> &'static str {
    match path {
        "fmt" => {
            "Append Appendf Appendln Errorf Formatter Fprint Fprintf Fprintln Fscan Fscanf Fscanln GoStringer
             Print Printf Println Scan ScanState Scanf Scanln Scanner Sprint Sprintf Sprintln Sscan Sscanf
             Sscanln State Stringer"
        }
        "sync" => "Cond Locker Map Mutex NewCond Once Pool RWMutex WaitGroup",
        "log" => {
            "Default Fatal Fatalf Fatalln Flags LUTC Ldate Llongfile Lmicroseconds Lmsgprefix Lshortfile
             LstdFlags Ltime New Output Panic Panicf Panicln Prefix Print Printf Println SetFlags SetOutput
             SetPrefix Writer Logger"
        }
        "time" => {
            "ANSIC After AfterFunc April August Date December Duration February FixedZone Friday Hour
             January July June Kitchen Layout LoadLocation LoadLocationFromTZData Local Location March May
             Microsecond Millisecond Minute Monday Month Nanosecond NewTicker NewTimer November Now October
             Parse ParseDuration ParseError ParseInLocation RFC1123 RFC1123Z RFC3339 RFC3339Nano RFC822
             RFC822Z RFC850 RubyDate Saturday Second September Since Sleep Stamp StampMicro StampMilli
             StampNano Sunday Thursday Tick Ticker Time Timer Tuesday UTC Unix UnixDate UnixMicro UnixMilli
             Until Wednesday Weekday"
        }
        "context" => {
            "Background CancelFunc Canceled Context DeadlineExceeded TODO WithCancel WithDeadline WithTimeout
             WithValue"
        }
        "errors" => "As Is New Unwrap",
        "strings" => {
            "Builder Clone Compare Contains ContainsAny ContainsRune Count Cut EqualFold Fields FieldsFunc
             HasPrefix HasSuffix Index IndexAny IndexByte IndexFunc IndexRune Join LastIndex LastIndexAny
             LastIndexByte LastIndexFunc Map NewReader NewReplacer Reader Repeat Replace ReplaceAll Replacer
             Split SplitAfter SplitAfterN SplitN Title ToLower ToLowerSpecial ToTitle ToTitleSpecial ToUpper
             ToUpperSpecial ToValidUTF8 Trim TrimFunc TrimLeft TrimLeftFunc TrimPrefix TrimRight
             TrimRightFunc TrimSpace TrimSuffix"
        }
        "strconv" => {
            "AppendBool AppendFloat AppendInt AppendQuote AppendQuoteRune AppendQuoteRuneToASCII
             AppendQuoteRuneToGraphic AppendQuoteToASCII AppendQuoteToGraphic AppendUint Atoi CanBackquote
             ErrRange ErrSyntax FormatBool FormatComplex FormatFloat FormatInt FormatUint IntSize IsGraphic
             IsPrint Itoa NumError ParseBool ParseComplex ParseFloat ParseInt ParseUint Quote QuoteRune
             QuoteRuneToASCII QuoteRuneToGraphic QuoteToASCII QuoteToGraphic QuotedPrefix Unquote UnquoteChar"
        }
        "sort" => {
            "Find Float64Slice Float64s Float64sAreSorted IntSlice Interface Ints IntsAreSorted IsSorted
             Reverse Search SearchFloat64s SearchInts SearchStrings Slice SliceIsSorted SliceStable Sort
             Stable StringSlice Strings StringsAreSorted"
        }
        "math" => {
            "Abs Acos Acosh Asin Asinh Atan Atan2 Atanh Cbrt Ceil Copysign Cos Cosh Dim E Erf Erfc Erfcinv
             Erfinv Exp Exp2 Expm1 FMA Float32bits Float32frombits Float64bits Float64frombits Floor Frexp
             Gamma Hypot Ilogb Inf IsInf IsNaN J0 J1 Jn Ldexp Lgamma Ln10 Ln2 Log Log10 Log10E Log1p Log2
             Log2E Logb Max MaxFloat32 MaxFloat64 MaxInt MaxInt16 MaxInt32 MaxInt64 MaxInt8 MaxUint
             MaxUint16 MaxUint32 MaxUint64 MaxUint8 Min MinInt MinInt16 MinInt32 MinInt64 MinInt8 Mod Modf
             NaN Nextafter Nextafter32 Phi Pi Pow Pow10 Remainder Round RoundToEven Signbit Sin Sincos Sinh
             SmallestNonzeroFloat32 SmallestNonzeroFloat64 Sqrt Sqrt2 SqrtE SqrtPhi SqrtPi Tan Tanh Trunc Y0
             Y1 Yn"
        }
        "math/rand" => {
            "ExpFloat64 Float32 Float64 Int Int31 Int31n Int63 Int63n Intn New NewSource NewZipf NormFloat64
             Perm Rand Read Seed Shuffle Source Source64 Uint32 Uint64 Zipf"
        }
        "os" => {
            "Args Chdir Chmod Chown Chtimes Clearenv Create CreateTemp DevNull DirEntry DirFS Environ ErrClosed
             ErrDeadlineExceeded ErrExist ErrInvalid ErrNoDeadline ErrNotExist ErrPermission ErrProcessDone
             Executable Exit Expand ExpandEnv File FileInfo FileMode FindProcess Getegid Getenv Geteuid Getgid
             Getgroups Getpagesize Getpid Getppid Getuid Getwd Hostname Interrupt IsExist IsNotExist
             IsPathSeparator IsPermission IsTimeout Kill Lchown Link LinkError LookupEnv Lstat Mkdir MkdirAll
             MkdirTemp ModeAppend ModeCharDevice ModeDevice ModeDir ModeExclusive ModeIrregular ModeNamedPipe
             ModePerm ModeSetgid ModeSetuid ModeSocket ModeSticky ModeSymlink ModeTemporary ModeType NewFile
             NewSyscallError O_APPEND O_CREATE O_EXCL O_RDONLY O_RDWR O_SYNC O_TRUNC O_WRONLY Open OpenFile
             PathError PathListSeparator PathSeparator Pipe ProcAttr Process ProcessState ReadDir ReadFile
             Readlink Remove RemoveAll Rename SEEK_CUR SEEK_END SEEK_SET SameFile Setenv Signal StartProcess
             Stat Stderr Stdin Stdout Symlink SyscallError TempDir Truncate Unsetenv UserCacheDir
             UserConfigDir UserHomeDir WriteFile"
        }
        "runtime" => {
            "BlockProfile BlockProfileRecord Breakpoint CPUProfile Caller Callers CallersFrames Compiler
             Error Frame Frames Func FuncForPC GC GOARCH GOMAXPROCS GOOS GOROOT Goexit GoroutineProfile
             Gosched KeepAlive LockOSThread MemProfile MemProfileRate MemProfileRecord MemStats MutexProfile
             NumCPU NumCgoCall NumGoroutine ReadMemStats ReadTrace SetBlockProfileRate SetCPUProfileRate
             SetCgoTraceback SetFinalizer SetMutexProfileFraction Stack StackRecord StartTrace StopTrace
             ThreadCreateProfile TypeAssertionError UnlockOSThread Version"
        }
        "unicode/utf8" => {
            "AppendRune DecodeLastRune DecodeLastRuneInString DecodeRune DecodeRuneInString EncodeRune
             FullRune FullRuneInString MaxRune RuneCount RuneCountInString RuneError RuneLen RuneSelf UTFMax
             Valid ValidRune ValidString"
        }
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::exists;

    #[test]
    fn real_names_exist_and_made_up_ones_do_not() {
        assert!(exists("fmt", "Println"));
        assert!(!exists("fmt", "Printline"));
        assert!(exists("sync/atomic", "CompareAndSwapUintptr"));
        assert!(!exists("sync/atomic", "AddPointer"));
        assert!(exists("time", "ParseDuration"));
        assert!(!exists("errors", "Join"), "errors.Join arrived in Go 1.20");
    }

    /// Every package the checker accepts has a list.
    #[test]
    fn every_supported_package_has_a_list() {
        for path in crate::lang::check::SUPPORTED_PACKAGES {
            assert!(*path == "sync/atomic" || !super::names(path).is_empty(), "{} has no export list", path);
        }
    }
}
