package main

func Map[T any](xs []T) []T { return xs }

func main() {
	x := 1 +
	if x {
	}
	y := [3]int{1, 2
}
