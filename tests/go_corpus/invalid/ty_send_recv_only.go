// want: 5:2: invalid operation: cannot send to receive-only channel ch (variable of type <-chan int)
package main

func produce(ch <-chan int) {
	ch <- 1
}

func main() {
	produce(make(chan int))
}
