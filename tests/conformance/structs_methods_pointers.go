package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func (c *Counter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

type SafeCounter struct {
	sync.Mutex
	v int
}

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Move(dx int) { p.X += dx }

type Celsius int

func (c Celsius) Warm() bool { return c > 20 }

type Node struct {
	val  int
	next *Node
}

func main() {
	c := Counter{n: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("k")
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("k"))

	s := SafeCounter{}
	s.Lock()
	s.v = 3
	s.Unlock()
	fmt.Println(s.v)

	p := Point{1, 2}
	q := p
	q.X = 10
	p.Move(5)
	fmt.Println(p.X, p.Y, q.X, p.Sum())
	pp := &Point{X: 7}
	pp.Y = 8
	pp.Move(1)
	fmt.Println(pp.X, pp.Y, pp.Sum())
	var t Celsius = 25
	fmt.Println(t.Warm(), Celsius(10).Warm())

	var head *Node
	for i := 1; i <= 3; i++ {
		head = &Node{val: i, next: head}
	}
	sum := 0
	for n := head; n != nil; n = n.next {
		sum = sum*10 + n.val
	}
	fmt.Println(sum)
	ptr := new(int)
	*ptr = 42
	x := 5
	px := &x
	*px = 6
	fmt.Println(*ptr, x)
	pts := []Point{{1, 1}, {2, 2}}
	pts[1].X = 9
	fmt.Println(pts[1].X, pts[0].Sum())
	var nilp *Point
	fmt.Println(nilp.X)
}
