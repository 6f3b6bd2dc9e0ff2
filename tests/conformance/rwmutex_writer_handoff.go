package main

import (
	"fmt"
	"runtime"
	"sync"
)

// chanscope: fifo-only (the output is the schedule of GOMAXPROCS=1).
//
// Go's RWMutex: readers that queued while a writer held the lock all get in
// when it unlocks, even those that came after a second waiting writer; the
// second writer then waits for them.
func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	rw.Lock()
	start := func(name string, write bool) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if write {
				rw.Lock()
				fmt.Println(name, "writes")
				rw.Unlock()
			} else {
				rw.RLock()
				fmt.Println(name, "reads")
				runtime.Gosched()
				rw.RUnlock()
			}
		}()
		runtime.Gosched()
	}
	start("r1", false)
	start("w2", true)
	start("r3", false)
	start("w4", true)
	start("r5", false)
	rw.Unlock()
	rw.Lock()
	fmt.Println("main writes again")
	rw.Unlock()
	wg.Wait()
}
