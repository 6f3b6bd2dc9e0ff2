package main

import "fmt"

func main() {
	const n = 4
	var chans [n]chan int
	for i := range chans {
		chans[i] = make(chan int)
	}
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func(id int, in <-chan int, out chan<- int) {
			v := <-in
			if v >= 10 {
				done <- v
				return
			}
			out <- v + id
		}(i, chans[i], chans[(i+1)%n])
	}
	chans[0] <- 1
	select {
	case v := <-done:
		fmt.Println("done", v)
	case v := <-chans[0]:
		fmt.Println("wrapped", v)
	}
}
