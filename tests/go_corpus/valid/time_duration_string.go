package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1500 * time.Millisecond
	fmt.Println(d, 250*time.Millisecond, 2*time.Hour+3*time.Minute, time.Duration(0), 90*time.Second)
	fmt.Println(d.Seconds(), d.Milliseconds(), time.Microsecond, time.Nanosecond*7)
	var timeout time.Duration = time.Second / 4
	fmt.Printf("%v %d %s\n", timeout, timeout, timeout)
}
