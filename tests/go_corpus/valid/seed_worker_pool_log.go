// Seed 002 as written: a worker pool that logs its results.
package main

import (
	"fmt"
	"log"
	"time"
)

func main() {
	const numJobs = 5
	jobs := make(chan int, numJobs)
	results := make(chan int, numJobs)

	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}

	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	sum := 0
	for a := 1; a <= numJobs; a++ {
		r := <-results
		log.Println(r, "mainGo read chan result")
		sum += r
	}
	fmt.Println("sum:", sum)
	if sum != 30 {
		log.Fatalf("unexpected sum %d", sum)
	}
	log.Fatal("done")
	fmt.Println("not reached")
}

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- j * 2
	}
}
