// want: 6:2: invalid operation: cannot call non-function x (variable of type int)
package main

func main() {
	x := 5
	x()
}
