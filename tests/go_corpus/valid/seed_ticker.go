// Seed 003: a Ticker stopped after five ticks, and time.Tick.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(10 * time.Millisecond)
	i := 0
	for range ticker.C {
		i++
		fmt.Println("step", i)
		if i >= 5 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("total", i)

	tick := time.Tick(5 * time.Millisecond)
	count := 0
	for range tick {
		fmt.Println("tic tak", count)
		count++
		if count > 2 {
			return
		}
	}
}
