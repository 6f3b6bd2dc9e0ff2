// want: 8:6: unused declared but not used
package main

func Map[T any](xs []T) []T { return xs }

func main() {
	_ = Map([]int{1})
	var unused int
}
