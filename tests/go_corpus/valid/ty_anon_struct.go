package main

import "fmt"

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Println(cfg.Host, cfg.Port)
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	for _, p := range points {
		fmt.Println(p.X + p.Y)
	}
	var empty struct{}
	fmt.Println(empty)
	fmt.Printf("%+v\n", cfg)
}
