package main

import "fmt"

func main() {
	a := 0x1p-2
	b := 0x1.8p3
	c := 0X_1FFFP-16
	d := 0x.8p1
	const e = 0xAp0 + 1
	fmt.Println(a, b, c, d, e)
	fmt.Printf("%.6f %v\n", c, 0x1p10)
}
