package main

import (
	"fmt"
	"sync"
)

func main() {
	totals := make([]int, 2)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			totals[i%2] += i
		}(i)
	}
	wg.Wait()
	fmt.Println(totals)
}
