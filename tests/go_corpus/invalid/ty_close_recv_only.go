// want: 6:8: invalid operation: cannot close receive-only channel ch (variable of type <-chan int)
package main

func main() {
	ch := make(<-chan int)
	close(ch)
}
