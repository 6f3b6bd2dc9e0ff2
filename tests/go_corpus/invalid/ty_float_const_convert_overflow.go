// want: 6:13: cannot convert big * 2 (untyped float constant 20000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000) to type int64
package main

func main() {
	const big = 1e100
	x := int64(big * 2)
	_ = x
}
