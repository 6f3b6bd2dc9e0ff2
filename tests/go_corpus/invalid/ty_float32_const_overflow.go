// want: 5:18: cannot use 1e300 (untyped float constant 1e+300) as float32 value in variable declaration (overflows)
package main

func main() {
	var f float32 = 1e300
	_ = f
}
