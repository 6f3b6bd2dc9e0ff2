// Generates floats_hash.txt and floats_text.txt, the differential fixture of
// floats.rs: Go 1.19's own formatting of thousands of float64 and float32
// values. Run with Go 1.19 from this directory: go run gen_floats.go
//
// Every value is formatted in the same list of layouts as floats.rs's
// `layouts`: fmt verbs with flags, widths and precisions, then
// strconv.FormatFloat with 'e', 'f' and 'g' and precisions -1 and 0..20.
// floats_hash.txt holds one line per value: its kind, its bits in hex and
// the top 48 bits of the FNV-1a hash of all its outputs (each followed by a newline).
// floats_text.txt holds the fmt layouts in full for a few hundred values (the shorter lines),
// tab-separated, so a failure shows Go's text.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

var verbs = []string{"%v", "%g", "%e", "%f", "%.0f", "%.3e", "%.17g", "%8.3f", "%-10.4g", "%+e", "%G", "%E",
	"%.1f", "%.2f", "%.6g", "%.10e", "%x", "%.3x", "%b", "%#g", "%08.2f", "% .4e"}

type splitmix struct{ s uint64 }

func (r *splitmix) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func outputs64(v float64) []string {
	var out []string
	for _, verb := range verbs {
		out = append(out, fmt.Sprintf(verb, v))
	}
	for _, c := range []byte{'e', 'f', 'g'} {
		for p := -1; p <= 20; p++ {
			out = append(out, strconv.FormatFloat(v, c, p, 64))
		}
	}
	return out
}

func outputs32(v float32) []string {
	var out []string
	for _, verb := range verbs {
		out = append(out, fmt.Sprintf(verb, v))
	}
	for _, c := range []byte{'e', 'f', 'g'} {
		for p := -1; p <= 20; p++ {
			out = append(out, strconv.FormatFloat(float64(v), c, p, 32))
		}
	}
	return out
}

func fnv(outs []string) uint64 {
	h := uint64(0xcbf29ce484222325)
	for _, s := range outs {
		for _, b := range []byte(s + "\n") {
			h ^= uint64(b)
			h *= 0x100000001b3
		}
	}
	return h
}

func main() {
	var f64s []float64
	var f32s []float32
	r := &splitmix{s: 2026}
	// Special values and their neighbours.
	for _, v := range []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1,
		math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 0x1p-1022, 0x1p-1023,
		math.Nextafter(0x1p-1022, 0), 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, math.Pi, math.E, 123456789, 1e21, 1e20,
		1e-5, 1e-4, 9.5, 0.95, 0.095, 5e-324, 1.7976931348623157e308, 100, 1e6, 1e7, 999999.5, 9999995,
		0.000123456, 123456.7, 1234567.8} {
		f64s = append(f64s, v)
	}
	// Powers of ten and two and their neighbours.
	for e := -325; e <= 308; e += 1 {
		v, _ := strconv.ParseFloat(fmt.Sprintf("1e%d", e), 64)
		f64s = append(f64s, v)
		if e%7 == 0 {
			f64s = append(f64s, math.Nextafter(v, 0), math.Nextafter(v, math.Inf(1)))
		}
	}
	for e := -1074; e <= 1023; e += 13 {
		f64s = append(f64s, math.Ldexp(1, e))
	}
	// Halfway cases: integers and a half, and decimal ties at each position.
	for i := 0; i < 60; i++ {
		f64s = append(f64s, float64(i)+0.5, -(float64(i) + 0.5), float64(i)*0.25, float64(i)*0.125)
	}
	for i := 0; i < 120; i++ {
		m := r.next()%100000 + 1
		k := int(r.next() % 12)
		s := fmt.Sprintf("%d5e-%d", m, k+1)
		v, _ := strconv.ParseFloat(s, 64)
		f64s = append(f64s, v)
		f64s = append(f64s, float64(m)*5*math.Pow(10, float64(int(r.next()%30))))
	}
	// Round-looking decimals.
	for i := 0; i < 300; i++ {
		m := r.next() % 10000000
		k := int(r.next()%40) - 20
		v, _ := strconv.ParseFloat(fmt.Sprintf("%de%d", m, k), 64)
		f64s = append(f64s, v)
	}
	// Subnormals.
	for i := 0; i < 100; i++ {
		f64s = append(f64s, math.Float64frombits(r.next()>>(12+r.next()%40)))
	}
	// Random bit patterns.
	for i := 0; i < 800; i++ {
		f64s = append(f64s, math.Float64frombits(r.next()))
	}
	// Random values of moderate size, where %f is short.
	for i := 0; i < 400; i++ {
		b := r.next()
		e := uint64(1023-40) + r.next()%80
		f64s = append(f64s, math.Float64frombits(b&(1<<63|(1<<52-1))|e<<52))
	}

	// float32: specials, powers of ten, halves, random bit patterns.
	for _, v := range []float32{0, float32(math.Copysign(0, -1)), float32(math.Inf(1)), float32(math.NaN()), 1,
		math.MaxFloat32, math.SmallestNonzeroFloat32, 0.1, 0.2, 1.0 / 3, math.Pi, 16777216, 16777217, 1e-45,
		3.4028235e38, 1.1754944e-38} {
		f32s = append(f32s, v)
	}
	for e := -46; e <= 38; e++ {
		v, _ := strconv.ParseFloat(fmt.Sprintf("1e%d", e), 32)
		f32s = append(f32s, float32(v))
	}
	for i := 0; i < 60; i++ {
		f32s = append(f32s, float32(i)+0.5, float32(i)*0.125)
	}
	for i := 0; i < 200; i++ {
		m := r.next() % 1000000
		k := int(r.next()%20) - 10
		v, _ := strconv.ParseFloat(fmt.Sprintf("%de%d", m, k), 32)
		f32s = append(f32s, float32(v))
	}
	for i := 0; i < 400; i++ {
		f32s = append(f32s, math.Float32frombits(uint32(r.next())))
	}
	for i := 0; i < 200; i++ {
		b := uint32(r.next())
		e := uint32(127-20) + uint32(r.next()%40)
		f32s = append(f32s, math.Float32frombits(b&(1<<31|(1<<23-1))|e<<23))
	}

	var hash, text strings.Builder
	fmt.Fprintf(&hash, "# kind bits fnv1a64(outputs); generated by gen_floats.go from Go %s\n", "1.19")
	fmt.Fprintf(&text, "# kind bits then the fmt layouts of gen_floats.go, tab-separated\n")
	for i, v := range f64s {
		outs := outputs64(v)
		fmt.Fprintf(&hash, "d %016x %012x\n", math.Float64bits(v), fnv(outs)>>16)
		if line := strings.Join(outs[:len(verbs)], "\t"); i%16 == 0 && len(line) < 300 {
			fmt.Fprintf(&text, "d %016x\t%s\n", math.Float64bits(v), line)
		}
	}
	for i, v := range f32s {
		outs := outputs32(v)
		fmt.Fprintf(&hash, "s %08x %012x\n", math.Float32bits(v), fnv(outs)>>16)
		if line := strings.Join(outs[:len(verbs)], "\t"); i%12 == 0 && len(line) < 300 {
			fmt.Fprintf(&text, "s %08x\t%s\n", math.Float32bits(v), line)
		}
	}
	os.WriteFile("floats_hash.txt", []byte(hash.String()), 0o644)
	os.WriteFile("floats_text.txt", []byte(text.String()), 0o644)
}
