package main

import (
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var once sync.Once
	cond := sync.NewCond(&mu)
	ch := make(chan int)
	wg.Add(1)
	mu.Lock()
	rw.Lock()
	go func() { mu.Lock() }()
	go func() { rw.Lock() }()
	go func() { rw.RLock() }()
	go func() { wg.Wait() }()
	go func() { time.Sleep(time.Hour) }()
	go func() { once.Do(func() { <-ch }) }()
	go func() { once.Do(func() {}) }()
	go func() {
		var m2 sync.Mutex
		c2 := sync.NewCond(&m2)
		m2.Lock()
		c2.Wait()
	}()
	go func() {
		select {
		case <-ch:
		case ch <- 1:
		}
	}()
	go func() { select {} }()
	go func() { ch <- 1 }()
	go func() { <-ch }()
	go func() { var n chan int; <-n }()
	go func() { var n chan int; n <- 1 }()
	time.Sleep(10 * time.Millisecond)
	_ = cond
	var bad sync.Mutex
	bad.Unlock()
}
