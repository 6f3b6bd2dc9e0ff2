package main

import (
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	wg.Add(1)
	go func() { ch <- 1; ch <- 2 }()
	go func() { mu.Lock() }()
	go func() { select {} }()
	go func() {
		var n chan int
		n <- 1
	}()
	go func() { time.Sleep(time.Millisecond) ; <-make(chan int)}()
	time.Sleep(10 * time.Millisecond)
	<-ch
	wg.Wait()
}
