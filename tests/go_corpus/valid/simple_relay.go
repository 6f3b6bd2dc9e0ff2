package main

import "fmt"

func relay(in <-chan string, out chan<- string) {
	for s := range in {
		out <- s + "!"
	}
	close(out)
}

func main() {
	in := make(chan string)
	out := make(chan string)
	go relay(in, out)
	go func() {
		in <- "a"
		in <- "b"
		close(in)
	}()
	for s := range out {
		fmt.Println(s)
	}
}
