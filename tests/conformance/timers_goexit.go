package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	timer := time.NewTimer(50 * time.Millisecond)
	ticker := time.NewTicker(20 * time.Millisecond)
	done := make(chan bool)
	time.AfterFunc(70*time.Millisecond, func() {
		fmt.Println("after func ran")
		done <- true
	})
	ticks := 0
	stop := false
	for !stop {
		select {
		case <-ticker.C:
			ticks++
		case <-timer.C:
			fmt.Println("timer fired after", ticks, "ticks")
			stop = true
		}
	}
	ticker.Stop()
	<-done
	t2 := time.NewTimer(time.Second)
	fmt.Println("stopped pending timer:", t2.Stop(), t2.Stop())
	go func() {
		defer fmt.Println("deferred before goexit")
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main done")
}
