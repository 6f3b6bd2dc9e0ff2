package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxUint32, math.MaxInt8, math.MaxUint8, math.MaxInt16)
	var x int64 = math.MaxInt64
	fmt.Println(x, uint64(math.MaxUint64))
}
