// Seed 003: workers reading months from a channel, yielding with Gosched.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

func formatWork(in, j int, s string) string {
	return fmt.Sprintln(strings.Repeat("  ", in), "█", strings.Repeat("  ", 3-in), "th", in, "got", s)
}

func startWorker(workerNum int, in <-chan string, done chan<- int) {
	n := 0
	for input := range in {
		_ = formatWork(workerNum, n, input)
		n++
		runtime.Gosched()
	}
	done <- n
}

func main() {
	worketInput := make(chan string, 2)
	done := make(chan int)
	for i := 0; i < 3; i++ {
		go startWorker(i, worketInput, done)
	}
	months := []string{"Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"}
	for _, monthName := range months {
		worketInput <- monthName
	}
	close(worketInput)
	total := 0
	for i := 0; i < 3; i++ {
		total += <-done
	}
	time.Sleep(time.Millisecond)
	fmt.Println("months handled:", total)
}
