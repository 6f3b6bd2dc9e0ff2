package main

import (
	"fmt"
	"time"
)

func main() {
	tick := time.Tick(100 * time.Millisecond)
	stop := time.After(350 * time.Millisecond)
	n := 0
	for {
		select {
		case <-tick:
			n++
			fmt.Println("tick", n)
		case <-stop:
			fmt.Println("stop after", n, "ticks")
			return
		}
	}
}
