package main

import "fmt"


func main() {
	var stack []int
	stack = append(stack, 1, 2, 3)
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	queue := []string{"a", "b", "c"}
	head := queue[0]
	queue = queue[1:]
	fmt.Println(top, stack, head, queue)
}
