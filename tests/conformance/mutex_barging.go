package main

import (
	"fmt"
	"runtime"
	"sync"
)

// chanscope: fifo-only (the output is the schedule of GOMAXPROCS=1).
//
// Go's mutex in normal mode: Unlock wakes a waiter but does not hand the
// lock over, so the unlocking goroutine can take it again first; the woken
// waiter that loses goes back to the front of the queue.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for _, name := range []string{"A", "B"} {
		name := name
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			fmt.Println(name, "got the lock")
			mu.Unlock()
		}()
	}
	runtime.Gosched()
	for i := 0; i < 3; i++ {
		mu.Unlock()
		mu.Lock()
		fmt.Println("main re-locked", i)
	}
	mu.Unlock()
	wg.Wait()
	// A cond waiter re-locks only when it runs.
	c := sync.NewCond(&mu)
	ready := false
	go func() {
		mu.Lock()
		ready = true
		c.Signal()
		mu.Unlock()
		mu.Lock()
		fmt.Println("signaler re-locked first")
		mu.Unlock()
	}()
	mu.Lock()
	for !ready {
		c.Wait()
	}
	fmt.Println("waiter woke")
	mu.Unlock()
}
