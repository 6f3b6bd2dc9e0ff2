package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	stopped := t.Stop()
	fmt.Println("stopped:", stopped)
	t.Reset(2 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("stop after fire:", t.Stop())
}
