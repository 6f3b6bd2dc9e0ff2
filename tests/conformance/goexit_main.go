package main

import (
	"runtime"
	"time"
)

func main() {
	go func() { time.Sleep(10 * time.Millisecond) }()
	runtime.Goexit()
}
