package main

import (
	"fmt"
	"sync"
)

// Two goroutines take the same two locks in opposite orders. Under Go's
// usual schedule main finishes first, but a switch at the wrong moment
// leaves each holding the lock the other wants.
func main() {
	var a, b sync.Mutex
	done := make(chan bool)
	go func() {
		a.Lock()
		b.Lock()
		b.Unlock()
		a.Unlock()
		done <- true
	}()
	b.Lock()
	a.Lock()
	a.Unlock()
	b.Unlock()
	<-done
	fmt.Println("ok")
}
