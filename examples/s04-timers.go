package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.Tick(100 * time.Millisecond)
	timeout := time.After(350 * time.Millisecond)
	for {
		select {
		case <-ticker:
			fmt.Println("tick at", time.Since(start) >= 100*time.Millisecond)
		case <-timeout:
			fmt.Println("done: the clock is virtual, so this took no real time")
			return
		}
	}
}
