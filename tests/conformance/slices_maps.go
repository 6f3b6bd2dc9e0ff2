package main

import "fmt"

func sum(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	s := []int{3, 1, 2}
	s = append(s, 10, 20)
	fmt.Println(len(s), cap(s), sum(s), s[3])
	t := s[1:3]
	t[0] = 100
	fmt.Println(s[1], len(t), cap(t))
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	v, ok := m["zz"]
	fmt.Println(len(m), m["a"], v, ok)
	delete(m, "b")
	keys := 0
	for k, v := range m {
		keys += len(k) + v
	}
	fmt.Println(keys)
	for i, r := range "héllo" {
		if r == 'l' {
			fmt.Println("l at", i)
		}
	}
	grid := make([][]int, 2)
	for i := range grid {
		grid[i] = make([]int, 3)
	}
	grid[1][2] = 7
	fmt.Println(grid[1][2], len(grid[0]))
	words := []string{}
	words = append(words, "go", "is", "fun")
	fmt.Println(len(words), words[2])
	dst := make([]int, 2)
	fmt.Println(copy(dst, s), dst[0], dst[1])
	var nilmap map[string]int
	fmt.Println(nilmap["x"], len(nilmap))
	fmt.Println(s[10])
}
