// want: 6:6: a redeclared in this block
package main

func main() {
	var a int
	var a string
	_ = a
}
