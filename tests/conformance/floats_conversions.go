package main

import "fmt"

type Celsius float64

func avg(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

func main() {
	x := 1.5
	var y float64 = 2
	z := x*y + 0.25
	fmt.Println(x, y, z, x/4, 1e6, 1e21, 3.0)
	fmt.Println(avg([]float64{1, 2, 3, 4}))
	i := int(z)
	fmt.Println(i, float64(i)/2, int8(200+i), uint8(i+254))
	fmt.Printf("%.2f %v %T %g\n", z, Celsius(36.6), Celsius(1), 0.000012)
	r := 'A'
	fmt.Println(string(r), string(rune(66)))
	var c Celsius = 20
	c += 1.5
	fmt.Println(c > 21, c)
	f := 0.1
	f++
	fmt.Println(f, -f, 7/2, 7.0/2)
}
