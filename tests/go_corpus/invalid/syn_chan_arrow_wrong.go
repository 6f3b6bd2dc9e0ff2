// want: 6:6: syntax error: unexpected >, expecting expression
package main

func main() {
	ch := make(chan int, 1)
	ch -> 1
}
