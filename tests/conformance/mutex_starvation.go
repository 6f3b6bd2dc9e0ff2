package main

import (
	"fmt"
	"sync"
	"time"
)

// chanscope: fifo-only (the output is the schedule of GOMAXPROCS=1).
//
// A waiter that waits more than 1 ms puts the mutex in starvation mode:
// the holder can no longer barge, and the lock goes to the waiters in turn.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, name := range []string{"A", "B"} {
		name := name
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				mu.Lock()
				fmt.Println(name, i)
				time.Sleep(2 * time.Millisecond)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}
