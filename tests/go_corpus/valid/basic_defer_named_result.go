package main

import "fmt"

func triple() (n int) {
	defer func() { n *= 3 }()
	n = 2
	return n
}

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(triple())
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
}
