// want: 5:19: cannot convert "a" (untyped string constant) to int
package main

func main() {
	s := make([]int, "a")
	_ = s
}
