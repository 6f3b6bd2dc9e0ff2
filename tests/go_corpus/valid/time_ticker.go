package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	i := 0
	for range ticker.C {
		i++
		fmt.Println("tick", i)
		if i >= 3 {
			break
		}
	}
	fmt.Println("total", i)
}
