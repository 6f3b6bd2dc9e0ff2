// A slice of an array field and the field itself are the same memory: a
// goroutine's write through the slice races with main's write to the field.
package main

import (
	"fmt"
	"time"
)

type Buffer struct {
	data [4]int
	n    int
}

func main() {
	var b Buffer
	w := b.data[:]
	go func() { w[0] = 1 }()
	b.data[0] = 2
	time.Sleep(time.Millisecond)
	fmt.Println(b.data[0] > 0)
}
