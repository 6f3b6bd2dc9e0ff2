package main

import "fmt"

func main() {
	var x interface{} = int64(5)
	switch v := x.(type) {
	case int:
		fmt.Println("int", v)
	case int64:
		fmt.Println("int64", v+1)
	}
	_, ok := x.(int)
	fmt.Println(ok, x == any(5), x == any(int64(5)))
	fmt.Printf("%v %d %x\n", x, x, uint64(255))
}
