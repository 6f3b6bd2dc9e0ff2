package main

import "fmt"

type P struct{ X, Y int }

func main() {
	ps := []P{{1, 2}, {X: 3}}
	pps := []*P{{5, 6}, {}}
	m := map[string]P{"a": {1, 1}, "b": {Y: 2}}
	mk := map[P]string{{1, 2}: "one-two"}
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	nested := [][]string{{"a"}, {"b", "c"}}
	arr := [...]int{5: 1, 2, 0: 9}
	fmt.Println(ps, *pps[0], *pps[1], m, mk, grid, nested, arr, len(arr))
}
