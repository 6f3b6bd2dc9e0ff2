package main

import (
	"fmt"
	"sync"
)

// Each goroutine marks itself done and then adds itself again. On one
// processor Go finishes; on several, an Add can land while the Done that
// reached zero is still releasing the waiter, and Go panics with
// "sync: WaitGroup misuse: Add called concurrently with Wait" (or, when the
// waiter got out first, "WaitGroup is reused before previous Wait has
// returned"): tests/waitgroup_misuse.rs.
func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	for j := 0; j < 2; j++ {
		go func() {
			wg.Done()
			wg.Add(1)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
