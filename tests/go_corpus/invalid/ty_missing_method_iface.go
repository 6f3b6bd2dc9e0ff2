// want: 9:16: cannot use Sq{} (value of type Sq) as type Shape in variable declaration:
package main

type Shape interface{ Area() float64 }

type Sq struct{}

func main() {
	var s Shape = Sq{}
	_ = s
}
