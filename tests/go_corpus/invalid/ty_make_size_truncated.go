// want: 5:22: 2.5 (untyped float constant) truncated to int
package main

func main() {
	s := make([]int, 1, 2.5)
	_ = s
}
