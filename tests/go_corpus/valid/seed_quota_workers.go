package main

import (
	"fmt"
	"runtime"
	"sync"
)

func startWorker(workerNum int, wg *sync.WaitGroup, quoteCh chan struct{}, total *int, mu *sync.Mutex) {
	quoteCh <- struct{}{}
	defer wg.Done()
	for i := 0; i < 7; i++ {
		if i%2 == 0 {
			<-quoteCh
			quoteCh <- struct{}{}
		}
		mu.Lock()
		*total++
		mu.Unlock()
		runtime.Gosched()
	}
	<-quoteCh
}

func main() {
	quoteCh := make(chan struct{}, 2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go startWorker(i, &wg, quoteCh, &total, &mu)
	}
	wg.Wait()
	fmt.Println("total", total)
}
