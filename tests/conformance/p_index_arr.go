package main

func main() {
	var a [3]int
	i := -1
	_ = a[i+0]
}
