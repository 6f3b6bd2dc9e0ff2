// Seed 003: select over buffered channels until only default is left.
package main

import "fmt"

func main() {
	ch1 := make(chan int, 2)
	ch2 := make(chan int, 1)
	ch1 <- 1
	ch1 <- 2
	ch2 <- 3
	got := 0
	for {
		select {
		case v1 := <-ch1:
			got += v1
		case v2 := <-ch2:
			got += v2
		default:
			fmt.Printf("default case, got %d\n", got)
			return
		}
	}
}
