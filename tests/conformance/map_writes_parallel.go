package main

import (
	"fmt"
	"sync"
)

// Two goroutines write one map with no lock, each recovering panics. On one
// processor Go runs them one after the other and prints the map's size; on
// several, the runtime stops the program with "fatal error: concurrent map
// writes", which recover cannot catch (tests/concurrent_map.rs).
func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			defer func() { recover() }()
			for i := 0; i < 50; i++ {
				m[i%10] = g
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(len(m))
}
