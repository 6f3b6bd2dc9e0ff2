package main

import "os"

func main() {
	go func() { select {} }()
	os.Exit(0)
}
