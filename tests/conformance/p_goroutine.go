package main

import "time"

func worker(id int) {
	panic("in worker")
}

func main() {
	go worker(7)
	time.Sleep(time.Second)
}
