package main

import (
	"sync"
)

func main() {
	var wg sync.WaitGroup
	done := make(chan bool)
	go func() {
		defer wg.Done()
		println("hi")
		done <- true
	}()
	<-done
	wg.Wait()
}
