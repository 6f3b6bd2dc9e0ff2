// want: 8:8: invalid operation: cannot take address of m["a"] (map index expression of type P)
package main

type P struct{ X int }

func main() {
	m := map[string]P{}
	a := &m["a"]
	_ = a
}
