package main

import "fmt"

// (b) A buffered channel of capacity 100 carrying 5,000,000 items.
func main() {
	const n = 5000000
	ch := make(chan int, 100)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
}
