// Seed 003: a generator goroutine stopped through a cancel channel.
package main

import "fmt"

func main() {
	cancelCh := make(chan struct{})
	ch := make(chan int)
	go func(ch chan int, cancelCh chan struct{}) {
		val := 0
		for {
			select {
			case <-cancelCh:
				return
			case ch <- val:
				val++
			}
		}
	}(ch, cancelCh)
	for val := range ch {
		fmt.Printf("read: %d\n", val)
		if val > 3 {
			fmt.Println("canceled")
			cancelCh <- struct{}{}
			break
		}
	}
}
