package main

import (
	"fmt"
	"sync"
	"time"
)

func download(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(time.Duration(4-id) * 100 * time.Millisecond)
	fmt.Println("file", id, "downloaded")
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go download(i, &wg)
	}
	wg.Wait()
	fmt.Println("all files downloaded")
}
