package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func main() {
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	n, s := pair()
	_, s2 := pair()
	var arr [3]int
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(a, b, c, n, s, s2, arr, i)
}
