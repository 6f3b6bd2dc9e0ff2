// want: 5:12: 1e100 (untyped float constant 1e+100) truncated to uint
package main

func main() {
	x := 1 << 1e100
	_ = x
}
