// want: 6:2: invalid operation: cannot send to non-channel x (variable of type int)
package main

func main() {
	x := 1
	x <- 2
}
