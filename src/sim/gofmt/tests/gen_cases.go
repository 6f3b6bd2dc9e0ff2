// Generates cases.rs: every expected string comes from Go's own fmt.
// Run with Go 1.19: go run gen_cases.go > cases.rs
// The named values here must match the fixture in fixture.rs.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
)

type T struct {
	A int
	B string
}

type U struct {
	X any
	y int
}

type V struct {
	F float64
	U uint8
}

type Weekday int

var dayNames = []string{"Sunday", "Monday", "Tuesday"}

func (d Weekday) String() string {
	if d >= 0 && int(d) < len(dayNames) {
		return dayNames[d]
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

type W struct {
	D Weekday
	d Weekday
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type E struct {
	Err error
}

type Celsius float64

type Outer struct {
	In T
	P  *T
	L  []T
	M  map[string]int
}

type Empty struct{}

type Guard struct {
	Mu sync.Mutex
	N  int
}

type Holder struct {
	V any
	W fmt.Stringer
}

var values = map[string]any{
	"i0": 0, "i5": 5, "i42": 42, "ineg": -42, "i255": 255, "ibig": 1234567,
	"i8neg": int8(-1), "u8": uint8(200), "u64max": uint64(math.MaxUint64), "u32": uint32(4000000000),
	"r65": 'A', "rhan": '世', "u16": uint16(0xBEEF), "i64min": int64(math.MinInt64), "rnl": '\n',
	"f0": 0.0, "f1": 1.0, "f15": 1.5, "fpi": math.Pi, "f1e6": 1e6, "f1e21": 1e21, "f1em5": 1e-5,
	"fsmall": 0.000123, "fneg": -2.5, "finf": math.Inf(1), "fninf": math.Inf(-1), "fnan": math.NaN(),
	"f32": float32(0.1), "f32big": float32(16777216), "f123456": 123456.0, "f1234567": 1234567.0,
	"fneg0": math.Copysign(0, -1), "f2675": 2.675, "f100": 100.0, "fthird": 1.0 / 3, "f1e20": 1e20,
	"s": "hi", "sempty": "", "sq": "a\"b\tc\n", "suni": "héllo, 世界", "sctl": "\x01\x7f", "semoji": "😀",
	"sbq": "back`tick",
	"bt": true, "bf": false,
	"t": T{1, "x"}, "pt": &T{2, "y"}, "ptnil": (*T)(nil),
	"sl": []int{1, 2, 3}, "slnil": []int(nil), "slempty": []int{}, "ss": []string{"a", "b c"},
	"bs": []byte("hi"), "bsnil": []byte(nil), "arr": [3]int{1, 2, 3},
	"m": map[string]int{"b": 2, "a": 1}, "mnil": map[string]int(nil), "mi": map[int]string{2: "two", 1: "one"},
	"wd": Weekday(1), "wdbad": Weekday(9), "e": errors.New("boom"), "me": &MyErr{7}, "mev": MyErr{7},
	"u": U{X: 5, y: 3}, "unil": U{}, "w": W{D: 1, d: 2}, "v": V{1.5, 7},
	"anys": []any{1, "a", nil, 2.5}, "ts": []T{{1, "x"}, {2, "y"}}, "mt": map[string]T{"k": {3, "z"}},
	"ee": E{errors.New("inner")}, "eenil": E{}, "wds": []Weekday{0, 2}, "cel": Celsius(36.6),
	"ps": &[]int{4, 5}, "pm": &map[string]int{"z": 26},
	"nil": nil,
	"chnil": (chan int)(nil), "fnnil": (func())(nil), "pinil": (*int)(nil),
	"mu": &sync.Mutex{}, "rw": &sync.RWMutex{}, "wg": &sync.WaitGroup{}, "guard": &Guard{N: 3},
	"f1e5": 1e5, "f123456789": 123456789.0, "f1em4": 1e-4, "f32third": float32(1.0 / 3), "f32big1": float32(1e10),
	"f32max": float32(math.MaxFloat32), "fmax": math.MaxFloat64, "fmin": math.SmallestNonzeroFloat64,
	"f0005": 0.0005, "f0015": 0.0015, "fnegsmall": -1.5e-7,
	"rbad": rune(0x110000), "rsurr": rune(0xD800), "r0": rune(0), "rtab": '\t', "rdel": rune(0x7f),
	"u64big": uint64(1) << 63, "ftie": -758.81011962890625, "f32tie": float32(2992610.25),
	"runassigned": rune(0x19c29), "sunassigned": "a\U00019c29\u0378",
	"snbsp": "a\u00a0b\u200bc", "sbs": `a\b`,
	"nested": Outer{In: T{1, "x"}, P: &T{2, "y"}, L: []T{{3, "z"}}, M: map[string]int{"k": 1}},
	"mif": map[string]any{"a": 1, "b": "x", "c": nil}, "bsarr": [3]byte{'a', 'b', 'c'}, "emptyt": Empty{},
	"ssl": [][]string{{"a"}, {}, nil}, "mnest": map[string][]int{"x": {1}, "y": nil},
	"anyt": Holder{V: T{1, "x"}, W: Weekday(2)},
}

type c struct {
	kind   string // "f" Sprintf, "p" Sprint, "l" Sprintln
	format string
	args   string // names, space-separated
}

var cases = []c{
	// Print and Println spacing.
	{"p", "", "s i42 i42 s s"}, {"l", "", "s i42 i42 s"}, {"p", "", "i0 bt fpi"}, {"l", "", "nil bt"},
	{"p", "", "t pt sl m"}, {"l", "", "e me wd"}, {"p", "", "wd wd"}, {"p", "", "cel cel"},
	// Integers.
	{"f", "%d", "i42"}, {"f", "%d", "ineg"}, {"f", "%5d|%-5d|%05d", "i42 i42 i42"}, {"f", "%+d % d", "i42 i42"},
	{"f", "%05d", "ineg"}, {"f", "%x %X %o %b", "i255 i255 i255 i255"}, {"f", "%#x %#X %#o %#b", "i255 i255 i255 i255"},
	{"f", "%x", "ineg"}, {"f", "%d %x", "i8neg i8neg"}, {"f", "%d %v", "u8 u8"}, {"f", "%v %d %x", "u64max u64max u64max"},
	{"f", "%d", "u32"}, {"f", "%c %q %U %#U", "r65 r65 r65 r65"}, {"f", "%c %q %+q %U", "rhan rhan rhan rhan"},
	{"f", "%x %#v", "u16 u16"}, {"f", "%d %x", "i64min i64min"}, {"f", "%q", "rnl"}, {"f", "%.3d|%8.3d|%.0d|", "i42 i42 i0"},
	{"f", "%O", "i255"}, {"f", "%#v %#v", "i42 u8"}, {"f", "%*d|%-*d|%*d", "i5 i42 i5 i42 ineg i42"}, {"f", "%v", "ibig"},
	{"f", "%6.2x", "i255"}, {"f", "%+.3d", "ineg"},
	// Floats.
	{"f", "%v %v %v %v", "f0 f1 f15 fpi"}, {"f", "%v %v %v", "f1e6 f1e21 f1em5"}, {"f", "%v %v %v", "fsmall fneg f1e20"},
	{"f", "%v %v %v", "finf fninf fnan"}, {"f", "%v %v", "f32 f32big"}, {"f", "%v %v", "f123456 f1234567"},
	{"f", "%v %f", "fneg0 fneg0"}, {"f", "%f %.2f %.0f", "fpi fpi fpi"}, {"f", "%.2f", "f2675"}, {"f", "%8.3f|%-8.3f|%08.3f", "fpi fpi fpi"},
	{"f", "%e %E %.2e", "fpi fpi fpi"}, {"f", "%e", "f0"}, {"f", "%g %G %.3g", "fpi fpi fpi"}, {"f", "%g %g", "f1e21 f1em5"},
	{"f", "%.3g %.10g", "f100 fthird"}, {"f", "%+f % f", "fpi fpi"}, {"f", "%+v", "fnan"}, {"f", "%5.1f|%-7v|", "finf fnan"},
	{"f", "%010.2f", "fneg"}, {"f", "%#g %#.3g %#v", "f1 f100 f1"}, {"f", "%#.0f %#.0e", "f1 f1"}, {"f", "%b", "f1"},
	{"f", "%x %X %.2x", "f1 fpi fpi"}, {"f", "%f", "f32"}, {"f", "%.1f %.1f", "f15 fneg"}, {"f", "%.0f %.0f", "f15 fneg"},
	{"f", "%g", "f1e20"}, {"f", "%F", "f15"}, {"f", "%6.2f%%", "f15"}, {"f", "%.3e", "f1234567"}, {"f", "%v", "fthird"},
	{"f", "%#v %T", "cel cel"}, {"f", "%.1f", "cel"},
	// Strings.
	{"f", "%s|%v|%q", "s s s"}, {"f", "%5s|%-5s|%.1s", "s s s"}, {"f", "%q", "sq"}, {"f", "%#q %#q", "s sq"},
	{"f", "%q %+q", "suni suni"}, {"f", "%x %X % x %#x", "s s s s"}, {"f", "%q", "sctl"}, {"f", "%q %+q %x", "semoji semoji semoji"},
	{"f", "%05s", "s"}, {"f", "%-8q|", "s"}, {"f", "%6.3s|", "suni"}, {"f", "%s|%q|%x|", "sempty sempty sempty"},
	{"f", "%#q", "sbq"}, {"f", "%v", "suni"}, {"f", "%#v", "sq"}, {"f", "%8x|", "s"}, {"f", "%.1x", "s"},
	// Bools.
	{"f", "%t %v %6t|", "bt bf bt"}, {"f", "%#v", "bf"},
	// Structs and pointers to them.
	{"f", "%v %+v %#v", "t t t"}, {"f", "%v %+v", "pt pt"}, {"f", "%#v", "pt"}, {"f", "%v %+v %#v", "ptnil ptnil ptnil"},
	{"f", "%d", "t"}, {"f", "%s", "t"}, {"f", "%x", "t"}, {"f", "%v %+v %#v", "u u u"}, {"f", "%v %+v %#v", "unil unil unil"},
	{"f", "%v %#v", "v v"}, {"f", "%v %+v", "w w"}, {"f", "%v %+v", "ee ee"}, {"f", "%v %#v", "eenil eenil"},
	{"f", "%v", "mt"}, {"f", "%v %#v", "ts ts"}, {"f", "%6v|", "t"},
	// Slices, arrays and maps.
	{"f", "%v %d %x", "sl sl sl"}, {"f", "%v %#v %d", "slnil slnil slnil"}, {"f", "%v %#v", "slempty slempty"},
	{"f", "%v %q %#v", "ss ss ss"}, {"f", "%v %s %q %x %X", "bs bs bs bs bs"}, {"f", "%d %#v", "bs bs"},
	{"f", "%v %#v %s", "bsnil bsnil bsnil"}, {"f", "%v %#v", "arr arr"}, {"f", "%v %+v %#v", "m m m"},
	{"f", "%v %#v", "mnil mnil"}, {"f", "%v %q", "mi mi"}, {"f", "%v %#v", "anys anys"}, {"f", "%d", "anys"},
	{"f", "%3d|", "sl"}, {"f", "%v %v", "ps pm"}, {"f", "%#v", "ps"}, {"f", "%v %d %s", "wds wds wds"}, {"f", "%x", "ss"},
	{"f", "%05v", "sl"}, {"f", "%s", "sl"},
	// Stringers and errors.
	{"f", "%v %s %d %q %x", "wd wd wd wd wd"}, {"f", "%v %#v", "wdbad wdbad"}, {"f", "%10v|%-10s|", "wd wd"},
	{"f", "%v %s %q", "e e e"}, {"f", "%#v", "e"}, {"f", "%v %+v %d", "me me me"}, {"f", "%v %+v", "mev mev"},
	{"f", "%.2s", "e"}, {"f", "%T %T %T", "e me wd"}, {"f", "%x", "e"}, {"f", "%w", "e"},
	// %T.
	{"f", "%T %T %T %T %T", "i42 s fpi bt u8"}, {"f", "%T %T %T", "t pt sl"}, {"f", "%T %T %T", "m arr anys"},
	{"f", "%T %T", "nil bs"}, {"f", "%10T|", "i42"}, {"f", "%T %T", "r65 f32"},
	// Errors in the format.
	{"f", "%d", "s"}, {"f", "%d %d", "i42"}, {"f", "%d", "i42 i42 s"}, {"f", "%!", ""}, {"f", "%", ""}, {"f", "%d", "nil"},
	{"f", "%s", "i42"}, {"f", "%t", "i42"}, {"f", "%z", "i42"}, {"f", "%s", "bt"}, {"f", "%d", "fpi"}, {"f", "%05d", "s"},
	{"f", "%[2]d %[1]d", "i42 ineg"}, {"f", "%[3]d", "i42"}, {"f", "%*d", "s i42"}, {"f", "%.*d", "s i42"},
	{"f", "%[1]d %d", "i42 ineg"}, {"f", "%v %v", "nil nil"}, {"f", "%s %x", "nil nil"}, {"f", "%-", ""},
	{"f", "%d", "sl s"}, {"f", "100%%", ""}, {"f", "%5%", ""}, {"f", "%é", "i42"}, {"f", "héllo %s", "s"},
	{"f", "%c", "s"}, {"f", "%p", "i42"}, {"f", "%.2", "fpi"}, {"f", "no verbs", "i42 e"},
	// More floats: thresholds between plain and exponent forms, precision, float32.
	{"f", "%v %v %v", "f1e5 f123456789 f1em4"}, {"f", "%g %.3g %.3g", "f1em4 f1234567 f1em5"},
	{"f", "%.20f", "fthird"}, {"f", "%.17g %.0e", "fthird f15"}, {"f", "%v %v %v", "f32third f32big1 f32max"},
	{"f", "%e %g %.2f", "f32third f32third f32third"}, {"f", "%v %v", "fmax fmin"}, {"f", "%g %e", "fmax fmin"},
	{"f", "%.3f %.3f", "f0005 f0015"}, {"f", "%.1e", "f2675"}, {"f", "% .3e|%+10.2e|%-10.1g|", "fpi fpi fpi"},
	{"f", "%v", "fnegsmall"}, {"f", "%8v|%-8v|%08v", "f15 f15 fneg"}, {"f", "%+.1f", "f0"}, {"f", "%05v", "finf"},
	{"f", "% v|%+v", "fnan fnan"}, {"f", "%.0g %.1g", "f15 f15"}, {"f", "%G", "f1e21"},
	// More integers and runes.
	{"f", "%c %q %U", "rbad rbad rbad"}, {"f", "%q %U", "rsurr rsurr"}, {"f", "%c", "ineg"}, {"f", "%.6U %#U", "rhan rhan"},
	{"f", "%#U", "rnl"}, {"f", "%x %X %#o %b", "ineg ineg ineg ineg"}, {"f", "%08b", "i5"}, {"f", "%-08d|", "i42"},
	{"f", "% x", "i255"}, {"f", "%+x", "i255"}, {"f", "% 05d|%+05d", "i42 i42"}, {"f", "%#8x|%#-8o|", "i255 i255"},
	{"f", "%q", "r0"}, {"f", "%q %+q", "rtab rdel"}, {"f", "%v %d", "u64big u64big"},
	{"f", "%v %v %g", "ftie f32tie ftie"}, {"f", "%q %#U", "runassigned runassigned"},
	// More strings.
	{"f", "% X %#X % #x", "suni suni s"}, {"f", "%q", "snbsp"}, {"f", "%+q", "snbsp"}, {"f", "%.3q", "suni"},
	{"f", "%x", "sempty"}, {"f", "%5x|%-5x|", "sempty s"}, {"f", "%q", "sbs"}, {"f", "%#q", "suni"}, {"f", "%q %+q", "sunassigned sunassigned"},
	// More composites.
	{"f", "%v %+v", "nested nested"}, {"f", "%#v", "nested"}, {"f", "%v", "mif"}, {"f", "%v %q", "bsarr bsarr"},
	{"f", "%s %x", "bsarr bsarr"}, {"f", "%v %#v", "emptyt emptyt"}, {"f", "%v", "ssl"}, {"f", "%x %X % x", "bs bs bs"},
	{"f", "%v %#v", "mnest mnest"}, {"f", "%v %+v", "anyt anyt"}, {"f", "%T %T", "nested anyt"}, {"f", "%q", "anys"},
	{"p", "", "s nil s"}, {"p", "", "nil nil"}, {"p", "", "i42 s i42"}, {"l", "", ""}, {"p", "", "ss sl"},
	{"l", "", "wdbad me mev"}, {"p", "", "cel s cel"},
	// Nil references of every kind.
	{"f", "%v %#v %p %d", "chnil chnil chnil chnil"}, {"f", "%v %#v %p", "fnnil fnnil fnnil"},
	{"f", "%v %#v %p %x %d", "pinil pinil pinil pinil ptnil"}, {"f", "%p %p", "slnil mnil"}, {"f", "%s", "chnil"},
	{"f", "%T %T %T", "chnil fnnil pinil"}, {"f", "%5v|%-6v|", "pinil chnil"},
	// The sync types, unlocked.
	{"f", "%v %+v %#v", "mu mu mu"}, {"f", "%v %+v", "rw rw"}, {"f", "%#v", "rw"}, {"f", "%v %+v %#v", "wg wg wg"},
	{"f", "%v %+v %#v", "guard guard guard"}, {"f", "%d %x %s", "mu mu mu"}, {"f", "%T %T %T", "mu rw wg"},
	// Errorf's message: one %w of an error is %v.
	{"e", "wrapped: %w", "e"}, {"e", "%w and %w", "e me"}, {"e", "%w", "i42"}, {"e", "%v, %w", "me e"},
	{"e", "%w", "nil"}, {"e", "code %d: %w", "i42 me"}, {"e", "%.2w", "e"},
}

func rustQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, `\u{%x}`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func main() {
	fmt.Println("//! Generated by gen_cases.go from Go 1.19's fmt; do not edit by hand.")
	fmt.Println("//! Each case: the call (`f` Sprintf, `p` Sprint, `l` Sprintln, `e` Errorf), the format,")
	fmt.Println("//! the names of the operands (see fixture.rs) and Go's output.")
	fmt.Println()
	fmt.Println("pub(super) const CASES: &[(char, &str, &str, &str)] = &[")
	for _, k := range cases {
		var args []any
		if k.args != "" {
			for _, n := range strings.Fields(k.args) {
				v, ok := values[n]
				if !ok {
					panic("unknown value " + n)
				}
				args = append(args, v)
			}
		}
		var out string
		switch k.kind {
		case "f":
			out = fmt.Sprintf(k.format, args...)
		case "p":
			out = fmt.Sprint(args...)
		case "l":
			out = fmt.Sprintln(args...)
		case "e":
			out = fmt.Errorf(k.format, args...).Error()
		}
		fmt.Printf("    ('%s', %s, %s, %s),\n", k.kind, rustQuote(k.format), rustQuote(k.args), rustQuote(out))
	}
	fmt.Println("];")
}
