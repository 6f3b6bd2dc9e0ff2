package main

import (
	"fmt"
	"sync"
)

type Pair struct {
	left, right int
}

func main() {
	p := &Pair{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		p.left = 1
	}()
	go func() {
		defer wg.Done()
		p.right = 2
	}()
	wg.Wait()
	fmt.Println(*p)
}
