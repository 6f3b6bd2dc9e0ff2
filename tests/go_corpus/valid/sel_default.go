package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	select {
	case ch <- 5:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 6:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
}
