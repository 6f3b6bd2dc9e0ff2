// Seed 003: time.After, a Timer and a result channel in one select.
package main

import (
	"fmt"
	"time"
)

func main() {
	timer1 := time.NewTimer(time.Second)
	select {
	case <-time.After(time.Minute):
		fmt.Println("time.After is happend")
	case <-timer1.C:
		fmt.Println("timer is done")
	case res := <-retChan():
		if !timer1.Stop() {
			<-timer1.C
		}
		fmt.Println(res)
	}
}

func retChan() <-chan int {
	ch := make(chan int, 1)
	ch <- 1
	return ch
}
