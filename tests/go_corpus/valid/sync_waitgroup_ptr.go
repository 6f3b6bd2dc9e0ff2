package main

import (
	"fmt"
	"sync"
)

func startWorker(workerNum int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	out <- fmt.Sprintf("worker %d done", workerNum)
}

func main() {
	wg := &sync.WaitGroup{}
	out := make(chan string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go startWorker(i, wg, out)
	}
	wg.Wait()
	close(out)
	n := 0
	for range out {
		n++
	}
	fmt.Println(n, "workers finished")
}
