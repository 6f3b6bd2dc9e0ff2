package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func apply(fs []func(string) string, s string) string {
	for _, f := range fs {
		s = f(s)
	}
	return s
}

func main() {
	up := strings.ToUpper
	fmt.Println(up("hi"), apply([]func(string) string{strings.TrimSpace, strings.ToLower}, "  MiXed  "))
	conv := strconv.Itoa
	fmt.Println(conv(42) + "!")
	sorter := sort.Ints
	xs := []int{3, 1, 2}
	sorter(xs)
	fmt.Println(xs)
	var join func([]string, string) string = strings.Join
	fmt.Println(join([]string{"a", "b"}, "-"))
	pr := fmt.Println
	pr("via", "a", "value")
	sl := sort.Slice
	ys := []string{"b", "c", "a"}
	sl(ys, func(i, j int) bool { return ys[i] < ys[j] })
	fmt.Println(ys)
}
