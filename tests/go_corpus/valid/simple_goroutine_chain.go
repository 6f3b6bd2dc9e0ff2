package main

import "fmt"

func main() {
	first := make(chan int)
	in := first
	for i := 0; i < 5; i++ {
		out := make(chan int)
		go func(in chan int, out chan int) {
			v := <-in
			out <- v + 1
		}(in, out)
		in = out
	}
	first <- 0
	fmt.Println(<-in)
}
