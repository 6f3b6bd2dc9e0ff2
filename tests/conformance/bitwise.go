package main

import "fmt"

func main() {
	x := 6
	fmt.Println(x&3, x|1, x^3, x&^2, x<<2, x>>1, ^x, 1<<10)
	x |= 8
	x <<= 1
	fmt.Println(x)
}
