package main

import (
	"fmt"
	"sync"
)

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Tags     []string
}

type Base struct {
	mu sync.Mutex
	n  int
}

func (b *Base) Inc() {
	b.mu.Lock()
	b.n++
	b.mu.Unlock()
}

type Service struct {
	Base
	Name string
}

func bump(p *int) { *p += 10 }

func main() {
	r := Rect{Min: Point{1, 2}, Max: Point{3, 4}}
	pm := &r.Min
	px := &r.Max.X
	pm.Y = 20
	*px = 30
	bump(&r.Min.X)
	fmt.Println(r, *pm, *px, pm == &r.Min, px == &r.Max.Y)
	r.Min = Point{7, 8}
	fmt.Println(*pm, pm.X)
	copyR := r
	pm.X = 70
	fmt.Println(r.Min, copyR.Min)

	s := []Point{{1, 1}, {2, 2}}
	p0 := &s[0]
	p0.X = 100
	py := &s[1].Y
	*py = 200
	fmt.Println(s, *p0)
	s = append(s, Point{3, 3})
	p0.X = 5
	fmt.Println(s[0].X, p0.X)

	rp := &r
	pmax := &rp.Max
	pmax.Y = 99
	fmt.Println(r.Max, &r.Min)

	var svc Service
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			svc.Inc()
		}()
	}
	wg.Wait()
	sp := &svc
	sp.Inc()
	fmt.Println(svc.n, sp.n)

	nums := []int{1, 2, 3}
	for i := range nums {
		q := &nums[i]
		*q *= 2
	}
	fmt.Println(nums)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = &nums[5]
}
