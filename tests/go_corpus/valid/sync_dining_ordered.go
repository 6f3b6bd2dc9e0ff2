package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 5
	forks := make([]sync.Mutex, n)
	var wg sync.WaitGroup
	meals := make([]int, n)
	for p := 0; p < n; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			left, right := p, (p+1)%n
			if left > right {
				left, right = right, left
			}
			for i := 0; i < 3; i++ {
				forks[left].Lock()
				forks[right].Lock()
				meals[p]++
				forks[right].Unlock()
				forks[left].Unlock()
			}
		}(p)
	}
	wg.Wait()
	fmt.Println(meals)
}
