package main

func main() {
	defer func() {
		panic("second")
	}()
	var m map[string]int
	m["a"] = 1
}
