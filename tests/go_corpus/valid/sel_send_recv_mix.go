package main

import "fmt"

func main() {
	in := make(chan int, 3)
	out := make(chan int, 3)
	in <- 1
	in <- 2
	in <- 3
	for i := 0; i < 3; i++ {
		select {
		case v := <-in:
			select {
			case out <- v * 100:
			default:
				fmt.Println("dropped", v)
			}
		}
	}
	close(out)
	for v := range out {
		fmt.Println(v)
	}
}
