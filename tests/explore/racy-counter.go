package main

import (
	"fmt"
	"runtime"
	"sync"
)

var count int

// Each worker reads the counter, yields, and writes it back plus one:
// whether an increment is lost depends on the schedule.
func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := count
			runtime.Gosched()
			count = v + 1
		}()
	}
	wg.Wait()
	fmt.Println(count)
}
