package main

import "fmt"

// produce only sends: its parameter is a send-only channel.
func produce(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	// Unbuffered: every send waits for its receiver.
	unbuffered := make(chan int)
	go produce(unbuffered, 3)
	for v := range unbuffered {
		fmt.Println("unbuffered got", v)
	}

	// Buffered: sends go ahead while there is room.
	buffered := make(chan int, 3)
	produce(buffered, 3)
	fmt.Println("buffered holds", len(buffered), "of", cap(buffered))
	for v := range buffered {
		fmt.Println("buffered got", v)
	}

	// A goroutine that sends where nobody listens leaks: it blocks forever.
	leak := make(chan int)
	go func() {
		leak <- 42
	}()
	fmt.Println("main returns; the sender is still blocked")
}
