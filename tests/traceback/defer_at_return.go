package main

import "sync"

func work(wg *sync.WaitGroup, n int) int {
	defer wg.Done()
	if n > 0 {
		return n
	}
	println("zero")
	return 0
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	work(&wg, 0)
	work(&wg, 1)
}
