package main

import (
	"fmt"
	"time"
)

func main() {
	ticks := time.Tick(time.Millisecond)
	count := 0
	for range ticks {
		count++
		if count > 2 {
			fmt.Println("ticked", count)
			return
		}
	}
}
