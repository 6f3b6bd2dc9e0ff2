package main

import "fmt"

func safe(id int, done chan bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("worker", id, "recovered:", r)
		}
		done <- true
	}()
	if id == 2 {
		panic("bad worker")
	}
	fmt.Println("worker", id, "ok")
}

func main() {
	done := make(chan bool)
	for i := 1; i <= 3; i++ {
		go safe(i, done)
		<-done
	}
	fmt.Println("main ok")
}
