package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			fmt.Println("job", n)
			if n != 1 {
				wg.Done()
			}
		}(i)
	}
	wg.Wait()
}

// chanscope: fifo-only (the order the jobs print depends on the schedule)
