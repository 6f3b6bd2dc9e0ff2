package main

import (
	"sync"
	"time"
)

func main() {
	var a, b sync.Mutex
	done := make(chan bool)
	go func() {
		a.Lock()
		time.Sleep(time.Millisecond)
		b.Lock()
		done <- true
	}()
	b.Lock()
	time.Sleep(time.Millisecond)
	a.Lock()
	<-done
}
