package main

import "fmt"

// Array element stores write the variable in place: globals, locals,
// captured variables, struct fields, nested arrays and compound forms.

var big [200000]int
var grid [3][4]int

type Box struct {
	name string
	vals [5]int
	rows [2][3]int
}

var box Box

type Inner struct{ a [3]int }
type Outer struct {
	Inner
	n int
}

func store(a *[4]int, i, v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	a[i] = v
}

func storeArr(i int) (res [3]int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	res = [3]int{7, 8, 9}
	res[i] = 100
	return res
}

func idx(name string, i int) int {
	fmt.Println("index", name, i)
	return i
}

func main() {
	stackDemo()
	for i := 0; i < 3000; i++ {
		big[i] = i * 2
	}
	fmt.Println(big[0], big[1], big[2999], big[3000])

	// A copy keeps its own values.
	var small [4]int
	copyOf := small
	small[1] = 5
	small[2] += 7
	small[3]++
	small[3]++
	small[0]--
	small[2] *= 3
	fmt.Println(small, copyOf)

	// Nested arrays and a[i] = a[j].
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*10 + j
		}
	}
	grid[0][0] = grid[2][3]
	grid[1][idx("j", 2)] += grid[idx("i", 0)][1]
	row := grid[1]
	grid[1][0] = -1
	fmt.Println(grid, row)

	var local [3][2]string
	local[1][1] = "x"
	local[2] = [2]string{"a", "b"}
	local[2][0] += "!"
	fmt.Println(local)

	// a[i] = a[j] on a local.
	arr := [5]int{1, 2, 3, 4, 5}
	saved := arr
	arr[0] = arr[4]
	arr[arr[1]] = arr[0] * 10
	fmt.Println(arr, saved)

	// Struct fields holding arrays.
	box.name = "b"
	box.vals[2] = 9
	box.vals[4] += 3
	box.rows[1][2] = 6
	b2 := box
	box.vals[0] = 1
	fmt.Println(box, b2)

	var lb Box
	lb.vals[1] = 11
	lb.rows[0][1]++
	fmt.Println(lb)

	// Promoted fields through embedding.
	var o Outer
	o.a[1] = 4
	o.Inner.a[2] = 5
	o.n = 3
	fmt.Println(o)

	// Arrays of structs.
	var bs [2]Box
	bs[1].vals[3] = 8
	bs[0].name = "zero"
	fmt.Println(bs[1].vals, bs[0].name)

	// Captured variables.
	var cap [3]int
	inc := func(i int) {
		cap[i] += 10
	}
	inc(0)
	inc(2)
	inc(2)
	cap[1] = 1
	fmt.Println(cap)

	// Address-taken variable: writes are visible through the pointer.
	var at [4]int
	p := &at
	at[1] = 3
	p[2] = 4
	store(p, 3, 5)
	fmt.Println(at, *p)

	// Out of range: a recovered panic leaves the array unchanged.
	store(p, 4, 1)
	store(p, -1-len(at)+4, 1)
	fmt.Println(at)
	fmt.Println(storeArr(1), storeArr(3))

	var g2 [2]int
	k := 5
	defer fmt.Println("deferred", g2)
	g2[k%2] = 1
	grid[k-3][k] = 1
	fmt.Println("unreachable")
}

// Stores through a pointer receiver into an array field.
type Stack struct {
	n    int
	data [8]int
	grid [2][3]string
}

func (s *Stack) push(v int) {
	s.data[s.n] = v
	s.n++
	s.data[s.n-1] *= 10
	s.grid[s.n%2][s.n%3] += "x"
}

func stackDemo() {
	var st Stack
	for i := 1; i <= 5; i++ {
		st.push(i)
	}
	fmt.Println(st.n, st.data, st.grid)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var np *Stack
		np.data[1] = 2
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for i := 0; i < 5; i++ {
			st.push(i)
		}
	}()
	fmt.Println(st.n, st.data)
}
