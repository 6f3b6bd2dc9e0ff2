package main

import (
	"context"
	"fmt"
)

func main() {
	parent, cancelParent := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(parent)
	defer cancelChild()
	grandchild := context.WithValue(child, "k", 1)
	fmt.Println(parent.Err(), child.Err(), grandchild.Err())
	cancelParent()
	<-grandchild.Done()
	fmt.Println(parent.Err(), child.Err(), grandchild.Err())
}
