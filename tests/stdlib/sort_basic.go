package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{5, 2, 8, -1, 2, 9, 0, 13, 7, 7, 3, 11, 4, 6, 1, 10}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs))
	fmt.Println(sort.SearchInts(xs, 7), sort.SearchInts(xs, 100), sort.SearchInts(xs, -5))
	words := []string{"pear", "apple", "fig", "Banana", "apple", "cherry"}
	sort.Strings(words)
	fmt.Println(words)
	// Sorting a window sorts the shared backing array in place.
	ys := []int{9, 8, 7, 6, 5, 4}
	sort.Ints(ys[1:4])
	fmt.Println(ys)
	var none []int
	sort.Ints(none)
	fmt.Println(none, sort.IntsAreSorted([]int{2, 1}))
}
