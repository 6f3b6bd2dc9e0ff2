package main

import "fmt"

func main() {
	requests := make(chan chan int)
	go func() {
		n := 100
		for reply := range requests {
			n++
			reply <- n
		}
	}()
	for i := 0; i < 3; i++ {
		r := make(chan int)
		requests <- r
		fmt.Println(<-r)
	}
	close(requests)
}
