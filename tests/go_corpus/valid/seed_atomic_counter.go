// Seed 000: atomic.Int64 versus a plain int64 guarded by a mutex.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var x atomic.Int64
	var y int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x.Add(1)
			mu.Lock()
			y++
			mu.Unlock()
		}()
	}
	wg.Wait()
	x.Store(x.Load() * 2)
	fmt.Println(x.Load(), y)
}
