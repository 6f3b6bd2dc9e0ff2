package main

import "fmt"

func main() {
	a := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for {
			select {
			case v, ok := <-a:
				if !ok {
					fmt.Println("closed")
					done <- true
					return
				}
				fmt.Println("value", v)
			}
		}
	}()
	<-done
}
