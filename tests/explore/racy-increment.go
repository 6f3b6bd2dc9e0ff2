package main

import (
	"fmt"
	"sync"
)

var count int

// Two workers increment the counter without a lock and without yielding:
// every schedule prints 2, but the increments still race.
func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			count++
		}()
	}
	wg.Wait()
	fmt.Println(count)
}
