// Seed 003: a goroutine sends on a send-only channel and closes it; main ranges over it.
package main

import "fmt"

func main() {
	ch := make(chan int)

	go func(ch chan<- int) {
		for i := 0; i < 4; i++ {
			ch <- i + 1
		}
		close(ch) // closing
	}(ch)
	for value := range ch {
		fmt.Printf("get from chan: %d\n", value)
	}
}
