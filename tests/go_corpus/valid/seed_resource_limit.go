// Seed 003: a buffered channel as a semaphore limits how many workers run at once.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	quoteCh := make(chan struct{}, 2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	running, maxRunning := 0, 0
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(workerNum int) {
			defer wg.Done()
			quoteCh <- struct{}{}
			mu.Lock()
			running++
			if running > maxRunning {
				maxRunning = running
			}
			mu.Unlock()
			for i := 0; i < 7; i++ {
				runtime.Gosched()
			}
			mu.Lock()
			running--
			mu.Unlock()
			<-quoteCh
		}(w)
	}
	wg.Wait()
	fmt.Println("at most", maxRunning, "at once")
}
