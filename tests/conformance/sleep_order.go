package main

import (
	"fmt"
	"time"
)

func say(s string, d time.Duration) {
	time.Sleep(d)
	fmt.Println(s)
}

func main() {
	go say("third", 30*time.Millisecond)
	go say("first", 10*time.Millisecond)
	go say("second", 20*time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main done")
}
