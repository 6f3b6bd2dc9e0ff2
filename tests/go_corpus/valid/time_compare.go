package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Now()
	t1 := t0.Add(time.Minute)
	fmt.Println(t1.Sub(t0), t0.Before(t1), t0.After(t1), t1.Sub(t0) == time.Minute)
	deadline := t0.Add(time.Hour)
	fmt.Println(time.Until(deadline) > 59*time.Minute)
}
