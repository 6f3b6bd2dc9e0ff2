package main

import (
	"fmt"
	"strings"
)

func main() {
	groups := map[int][]string{}
	for _, w := range strings.Fields("go is a fun language to use") {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	fmt.Println(len(groups[2]), groups[9] == nil)
}
