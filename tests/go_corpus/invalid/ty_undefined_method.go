// want: 8:4: t.Missing undefined (type T has no field or method Missing)
package main

type T struct{}

func main() {
	var t T
	t.Missing()
}
