package main

import (
	"errors"
	"fmt"
)

func check(i int) error {
	if i == 1 {
		return errors.New("disk full")
	}
	return nil
}

func main() {
	errc := make(chan error)
	for i := 0; i < 2; i++ {
		go func(i int) {
			errc <- check(i)
		}(i)
	}
	for i := 0; i < 2; i++ {
		if err := <-errc; err != nil {
			fmt.Println("error:", err)
			return
		}
	}
	fmt.Println("all checks passed")
}
