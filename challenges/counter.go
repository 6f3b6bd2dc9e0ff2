package main

import (
	"fmt"
	"sync"
)

var counter int

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := counter
			counter = v + 1
		}()
	}
	wg.Wait()
	fmt.Println("counter =", counter)
}
