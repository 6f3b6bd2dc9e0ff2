package main

func main() {
	ch := make(chan int)
	go func() { <-ch }()
	var m map[int]int
	m[0] = 1
}
