package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred (should not print)")
	fmt.Println("before exit")
	os.Exit(3)
}
