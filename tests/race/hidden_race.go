package main

import (
	"fmt"
	"time"
)

// The goroutine always finishes long before main reads, so the program
// always prints 42, but nothing orders the write before the read: a race.
func main() {
	answer := 0
	go func() {
		answer = 42
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(answer)
}
