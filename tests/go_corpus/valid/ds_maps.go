package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	v, ok := m["four"]
	fmt.Println(v, ok, len(m))
	delete(m, "one")
	delete(m, "missing")
	fmt.Println(m)
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	nested := map[string]map[string]int{"a": {"x": 1}}
	nested["a"]["y"] = 2
	fmt.Println(nested)
}
