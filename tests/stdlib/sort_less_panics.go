package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{3, 1, 2}
	fmt.Println("before")
	sort.Slice(xs, func(i, j int) bool {
		return xs[i+5] < xs[j]
	})
	fmt.Println("not reached")
}
