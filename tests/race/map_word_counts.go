package main

import (
	"fmt"
	"strings"
	"sync"
)

// Two goroutines count words into one map with no lock. The counts come
// out right in this run, yet nothing orders the two writers: on a real
// machine they could write at the same moment, and Go's runtime would stop
// with "concurrent map writes". The race detector finds it either way.
func main() {
	counts := map[string]int{}
	var wg sync.WaitGroup
	for _, text := range []string{"go chan go", "chan select go"} {
		wg.Add(1)
		go func(text string) {
			defer wg.Done()
			for _, w := range strings.Fields(text) {
				counts[w]++
			}
		}(text)
	}
	wg.Wait()
	fmt.Println(counts["go"], counts["chan"], counts["select"])
}
