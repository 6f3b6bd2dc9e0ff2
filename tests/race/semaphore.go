package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 1)
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			count++
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(count)
}
