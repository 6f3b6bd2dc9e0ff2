// want: 7:16: invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)
package main

import "fmt"

func consume(ch chan<- int) {
	fmt.Println(<-ch)
}

func main() {
	consume(make(chan int))
}
