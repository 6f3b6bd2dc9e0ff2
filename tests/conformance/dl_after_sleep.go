package main

import "time"

func main() {
	go func() { time.Sleep(100 * time.Millisecond) }()
	<-make(chan int)
}
