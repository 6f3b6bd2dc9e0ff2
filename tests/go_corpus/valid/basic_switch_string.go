package main

import "fmt"

func main() {
	cmds := []string{"start", "stop", "pause", "other"}
	for _, c := range cmds {
		switch c {
		case "start":
			fmt.Println("starting")
		case "stop", "pause":
			fmt.Println("halting:", c)
		default:
			fmt.Println("unknown", c)
		}
	}
}
