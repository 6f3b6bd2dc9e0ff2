package main

import "fmt"

const (
	Red = iota
	Green
	Blue
)

func main() {
	a := []int{2: 5, 7}
	b := [...]string{3: "x"}
	c := [5]int{1, 3: 4}
	names := []string{Blue: "blue", Red: "red", Green: "green"}
	d := [...]int{5: 1, 2, 0: 9}
	e := []int{4: 1, 2: 3}
	fmt.Println(a, len(a), cap(a))
	fmt.Printf("%q %d\n", b, len(b))
	fmt.Println(c, names, d, len(d), e)
	grid := [][]int{1: {1, 2}, 0: {3}}
	fmt.Println(grid)
}
