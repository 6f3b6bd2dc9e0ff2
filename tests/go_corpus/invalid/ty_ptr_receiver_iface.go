// want: 11:17: cannot use R{} (value of type R) as type Runner in variable declaration:
package main

type Runner interface{ Run() }

type R struct{}

func (r *R) Run() {}

func main() {
	var x Runner = R{}
	_ = x
}
