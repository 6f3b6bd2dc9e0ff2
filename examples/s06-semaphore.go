package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// At most two goroutines may hold a slot of the semaphore at once.
	sem := make(chan struct{}, 2)
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem <- struct{}{}
			time.Sleep(time.Duration(id) * 10 * time.Millisecond)
			fmt.Println("job", id, "finished")
			<-sem
		}(i)
	}
	wg.Wait()
	fmt.Println("all jobs done")
}

// chanscope: fifo-only (the order depends on the schedule: try another policy or seed)
