// Seed 003: time.AfterFunc, once stopped in time and once allowed to fire.
package main

import (
	"fmt"
	"time"
)

func sayHello() {
	fmt.Println("Hello World")
}

func main() {
	timer := time.AfterFunc(50*time.Millisecond, sayHello)
	fmt.Println("stopped:", timer.Stop())
	time.AfterFunc(10*time.Millisecond, sayHello)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("done")
}
