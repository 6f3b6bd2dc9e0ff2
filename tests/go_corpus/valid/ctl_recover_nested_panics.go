// A panic inside a deferred call that runs for another panic: when the
// inner one is recovered inside that call, the outer one is in flight
// again, recovered or not, and decides how the deferring function ends.
package main

import "fmt"

func recoveredBoth() (n int) {
	defer func() {
		fmt.Println("r1:", recover())
		defer func() { fmt.Println("r2:", recover()) }()
		var q []int
		fmt.Println("never", q[1])
	}()
	s := []int{1}
	m := 9
	fmt.Println("never", s[m])
	return 5
}

func innerOnly() {
	defer func() { fmt.Println("outer recovers:", recover()) }()
	defer func() {
		defer func() { fmt.Println("r2:", recover()) }()
		panic("second")
	}()
	panic("first")
}

func innerEscapes() {
	defer func() { fmt.Println("catches:", recover()) }()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func deeper() {
	defer func() {
		fmt.Println("r1:", recover())
		helper()
		fmt.Println("after helper")
	}()
	panic("one")
}

func helper() {
	defer func() { fmt.Println("helper:", recover()) }()
	panic("two")
}

func main() {
	fmt.Println(recoveredBoth())
	innerOnly()
	innerEscapes()
	deeper()
	defer fmt.Println("last")
	defer func() {
		defer func() { fmt.Println("r2:", recover()) }()
		panic("second")
	}()
	panic("first")
}
