// Generates print.txt: Go 1.19's runtime print of floats (println writes
// to standard error), one value a line as its bits in hex and the text.
// Run with Go 1.19 from this directory: go run gen_print.go 2> print.txt
package main

import "math"

func main() {
	s := uint64(1919)
	next := func() uint64 {
		s += 0x9e3779b97f4a7c15
		z := s
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 1.5, 0.1, 9.9999995, 9.99999949, 99999995, 1e300, 5e-324,
		math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 123456789, 0.000123456789, float64(float32(0.1))}
	for i := 0; i < 150; i++ {
		vals = append(vals, math.Float64frombits(next()))
	}
	for i := 0; i < 150; i++ {
		e := uint64(1023-30) + next()%60
		vals = append(vals, math.Float64frombits(next()&(1<<63|(1<<52-1))|e<<52))
	}
	for _, v := range vals {
		println(hex(math.Float64bits(v)), v)
	}
}

func hex(b uint64) string {
	const digits = "0123456789abcdef"
	var out [16]byte
	for i := 15; i >= 0; i-- {
		out[i] = digits[b&15]
		b >>= 4
	}
	return string(out[:])
}
