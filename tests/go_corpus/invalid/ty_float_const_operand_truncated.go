// want: 6:11: 2.5 (untyped float constant) truncated to int
package main

func main() {
	n := 1
	x := n + 2.5
	_ = x
}
