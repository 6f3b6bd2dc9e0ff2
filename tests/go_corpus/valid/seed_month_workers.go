package main

import (
	"fmt"
	"sync"
)

func startWorker(workerNum int, in <-chan string, wg *sync.WaitGroup, mu *sync.Mutex, seen map[string]int) {
	defer wg.Done()
	for input := range in {
		mu.Lock()
		seen[input] = workerNum
		mu.Unlock()
	}
}

func main() {
	worketInput := make(chan string, 2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[string]int{}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go startWorker(i, worketInput, &wg, &mu, seen)
	}
	months := []string{"Январь", "Февраль", "Март", "Апрель", "Май", "Июнь"}
	for _, monthName := range months {
		worketInput <- monthName
	}
	close(worketInput)
	wg.Wait()
	fmt.Println(len(seen), "months processed")
}
