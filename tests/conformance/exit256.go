package main

import "os"

func main() {
	os.Exit(256 + 7)
}
