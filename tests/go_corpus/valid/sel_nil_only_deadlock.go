package main

func main() {
	var a chan int
	var b chan string
	select {
	case <-a:
	case b <- "x":
	}
}
