package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	hits   int
	misses int
}

func (s *Stats) Hit() {
	s.hits++
}

func worker(s *Stats, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		s.Hit()
	}
}

func main() {
	s := &Stats{}
	var wg sync.WaitGroup
	wg.Add(2)
	go worker(s, 2, &wg)
	go worker(s, 3, &wg)
	wg.Wait()
	fmt.Println(s.hits)
}
