// Seed 003: goroutines incrementing a shared map under a *sync.Mutex.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	counters := make(map[int]int)
	mu := &sync.Mutex{}
	for i := 0; i < 5; i++ {
		go func(counters map[int]int, num int, mu *sync.Mutex) {
			for i := 0; i < 5; i++ {
				mu.Lock()
				counters[num*10+i]++
				mu.Unlock()
			}
		}(counters, i, mu)
	}
	time.Sleep(time.Millisecond * 100)
	mu.Lock()
	fmt.Printf("%v\n", counters)
	mu.Unlock()
}
