package main

func main() {
	a := make(chan int)
	b := make(chan int)
	select {
	case <-a:
	case b <- 1:
	}
}
