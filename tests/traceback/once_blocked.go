package main

import (
	"sync"
	"time"
)

func main() {
	var once sync.Once
	ch := make(chan int)
	go func() { once.Do(func() { <-ch }) }()
	time.Sleep(time.Millisecond)
	go func() { once.Do(func() {}) }()
	time.Sleep(10 * time.Millisecond)
	var bad sync.Mutex
	bad.Unlock()
}
