// want: 12:9: cannot call pointer method Inc on C
package main

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func get() C { return C{} }

func main() {
	m := map[string]C{}
	m["a"].Inc()
	get().Inc()
}
