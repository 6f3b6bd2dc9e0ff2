package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(16), math.Pow(2, 10), math.Abs(-3.5), math.Floor(2.7), math.Ceil(2.1))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint8)
	fmt.Printf("%.4f %.4f %v %v\n", math.Pi, math.E, math.Inf(1), math.IsNaN(math.NaN()))
	fmt.Println(math.Round(2.5), math.Trunc(-2.7), math.Mod(7, 3), math.Hypot(3, 4))
	var u uint64 = math.MaxUint64
	fmt.Println(u)
}
