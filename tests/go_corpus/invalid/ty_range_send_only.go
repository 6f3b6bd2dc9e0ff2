// want: 6:17: cannot range over ch (variable of type chan<- int) (receive from send-only channel)
package main

func main() {
	ch := make(chan<- int)
	for v := range ch {
		_ = v
	}
}
