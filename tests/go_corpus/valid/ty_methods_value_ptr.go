package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	p := &c
	p.Inc()
	fmt.Println(c.Get(), p.Get())
	f := c.Get
	g := (*Counter).Inc
	g(&c)
	fmt.Println(f(), c.Get())
	fmt.Println(Celsius(100).Fahrenheit())
}
