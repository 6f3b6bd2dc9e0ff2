package main

import "fmt"

func main() {
	var f float64 = 1.5
	var g float32 = 0.25
	h := 2e3
	fmt.Println(f*2, g+1, h, f/3)
	fmt.Printf("%.2f %6.3f %e %g\n", f/3, f, h, 1e21)
	fmt.Println(int(f*3.7), float64(7)/2)
}
