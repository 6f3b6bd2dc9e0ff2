package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		var m map[string]int
		fmt.Println("writing to nil map")
		m["a"] = 1
		done <- true
	}()
	<-done
}
