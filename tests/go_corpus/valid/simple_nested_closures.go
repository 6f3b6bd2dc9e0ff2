package main

import "fmt"

func main() {
	x := 1
	outer := func() func() int {
		y := 10
		return func() int {
			x++
			y++
			return x + y
		}
	}
	f := outer()
	fmt.Println(f(), f(), x)
}
