package main

import (
	"fmt"
	"runtime"
	"time"
)

func worker(name string, delay time.Duration) {
	for i := 1; i <= 3; i++ {
		time.Sleep(delay)
		fmt.Println(name, "step", i)
	}
}

func main() {
	fmt.Println("processors:", runtime.GOMAXPROCS(0) > 0)
	go worker("fast", 10*time.Millisecond)
	go worker("slow", 25*time.Millisecond)
	// Without this sleep main would return at once and end the program.
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main exits")
}
