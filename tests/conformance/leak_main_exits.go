package main

import "fmt"

func main() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			ch <- 1
		}()
	}
	fmt.Println(<-ch)
	fmt.Println("main returns; two senders leak")
}
