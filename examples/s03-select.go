package main

import (
	"fmt"
	"time"
)

func main() {
	// default: try a channel without waiting.
	messages := make(chan string)
	select {
	case m := <-messages:
		fmt.Println("got", m)
	default:
		fmt.Println("no message ready")
	}

	// A timeout: whichever is ready first wins.
	slow := make(chan string)
	go func() {
		time.Sleep(2 * time.Second)
		slow <- "result"
	}()
	select {
	case r := <-slow:
		fmt.Println(r)
	case <-time.After(time.Second):
		fmt.Println("timed out after 1s")
	}

	// A quit channel stops a worker.
	quit := make(chan bool)
	done := make(chan bool)
	go func() {
		n := 0
		for {
			select {
			case <-quit:
				fmt.Println("worker stops after", n, "rounds")
				done <- true
				return
			default:
				n++
				time.Sleep(10 * time.Millisecond)
			}
		}
	}()
	time.Sleep(35 * time.Millisecond)
	quit <- true
	<-done
}
