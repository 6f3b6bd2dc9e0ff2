package main

import (
	"fmt"
	"sync"
)

func main() {
	args := []any{"deferred", 1, 2}
	defer fmt.Println(args...)
	args = []any{"changed"}
	var wg sync.WaitGroup
	wg.Add(1)
	done := make(chan bool)
	go func() {
		defer wg.Done()
		defer close(done)
		fmt.Printf("%s %d\n", []any{"printf", 7}...)
	}()
	<-done
	wg.Wait()
	fmt.Println(args...)
}
