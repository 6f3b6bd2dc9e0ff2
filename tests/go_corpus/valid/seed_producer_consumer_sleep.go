package main

import (
	"fmt"
	"time"
)

func producer(ch chan<- int) {
	for i := 0; i < 3; i++ {
		ch <- i
		time.Sleep(time.Millisecond)
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go producer(ch)
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("closed")
				return
			}
			fmt.Println("got", v)
		case <-time.After(time.Second):
			fmt.Println("timeout")
			return
		}
	}
}
