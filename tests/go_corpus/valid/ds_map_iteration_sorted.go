package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"bob": 30, "alice": 25, "carol": 35}
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}
	total := 0
	for _, v := range ages {
		total += v
	}
	fmt.Println(total)
}
