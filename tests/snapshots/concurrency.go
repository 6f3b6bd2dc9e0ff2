package main

import "time"

func worker(in <-chan int, out chan<- int, done chan struct{}) {
	defer close(out)
	for {
		select {
		case v, ok := <-in:
			if !ok {
				return
			}
			out <- v * 2
		case <-time.After(time.Second):
		case <-done:
			return
		default:
		}
	}
}

func main() {
	in, out := make(chan int), make(chan int, 3)
	go worker(in, out, nil)
	go func() { in <- 1 }()
}
