package main

import "fmt"

func main() {
	ch := make(chan int)
	go func(out chan<- int) {
		for i := 0; i < 4; i++ {
			out <- i + 1
		}
		close(out)
	}(ch)
	for v := range ch {
		fmt.Printf("get from chan: %d\n", v)
	}
	v, ok := <-ch
	fmt.Println(v, ok)
}
