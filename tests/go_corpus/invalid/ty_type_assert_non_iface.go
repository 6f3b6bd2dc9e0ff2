// want: 6:6: invalid operation: x (variable of type int) is not an interface
package main

func main() {
	x := 1
	_ = x.(int)
}
