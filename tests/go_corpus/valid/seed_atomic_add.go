// Seed 003: atomic.AddInt32 on a package-level counter from 1000 goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var globInt32 int32

func inc(wg *sync.WaitGroup) {
	defer wg.Done()
	atomic.AddInt32(&globInt32, 1)
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go inc(&wg)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&globInt32))
}
