// want: 6:8: 1.5 (untyped float constant) truncated to int
package main

func main() {
	s := []int{1, 2, 3}
	_ = s[1.5]
}
