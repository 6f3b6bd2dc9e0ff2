package main

import "fmt"

func main() {
	var x int64
	var y uint64
	var z uintptr
	var b byte
	var r rune
	fmt.Printf("%T %T %T %T %T\n", x, y, z, b, r)
}
