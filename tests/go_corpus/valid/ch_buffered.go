package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	ch <- 3
	fmt.Println(<-ch, <-ch, <-ch)
	fmt.Println(len(ch))
}
