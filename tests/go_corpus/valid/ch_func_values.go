package main

import "fmt"

func main() {
	tasks := make(chan func() int, 3)
	tasks <- func() int { return 1 }
	tasks <- func() int { return 2 }
	tasks <- func() int { return 3 }
	close(tasks)
	total := 0
	for t := range tasks {
		total += t()
	}
	fmt.Println(total)
}
