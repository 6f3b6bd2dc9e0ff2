package main

import "fmt"

func worker(done <-chan struct{}, out chan<- int) {
	i := 0
	for {
		select {
		case <-done:
			close(out)
			return
		case out <- i:
			i++
		}
	}
}

func main() {
	done := make(chan struct{})
	out := make(chan int)
	go worker(done, out)
	for v := range out {
		fmt.Printf("read: %d\n", v)
		if v > 3 {
			fmt.Println("canceled")
			close(done)
			break
		}
	}
}
