package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("sending...")
	ch <- 1 // nobody receives: every goroutine is asleep
	fmt.Println("never printed")
}
