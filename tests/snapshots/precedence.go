package main

func main() {
	x := 1 + 2*3 - 4/2%3
	y := -x<<2 | x&^1
	z := x > 1 && y < 2 || !(x == y)
	_, _ = y, z
}
