package main

func main() {
	var a chan int
	select {
	case <-a:
	}
}
