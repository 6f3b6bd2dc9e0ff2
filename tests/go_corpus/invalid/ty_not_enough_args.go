// want: 7:10: not enough arguments in call to add
package main

func add(a, b int) int { return a + b }

func main() {
	_ = add(1)
}
