package main

import "fmt"

func kind(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "big"
	}
}

func main() {
	for _, n := range []int{-1, 0, 5, 50} {
		fmt.Println(kind(n))
	}
	switch x := 3; x {
	case 1, 2:
		fmt.Println("one or two")
	case 3:
		fmt.Println("three")
		fallthrough
	case 4:
		fmt.Println("four (fallthrough)")
	case 5:
		fmt.Println("five")
	}
}
