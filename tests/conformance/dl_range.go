package main

func main() {
	ch := make(chan int, 1)
	ch <- 1
	for v := range ch {
		_ = v
	}
}
