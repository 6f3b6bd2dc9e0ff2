package main

import "fmt"

func minmax(a int, b int) (int, int) {
	if a < b {
		return a, b
	}
	return b, a
}

func main() {
	lo, hi := minmax(9, 4)
	fmt.Println(lo, hi)
}
