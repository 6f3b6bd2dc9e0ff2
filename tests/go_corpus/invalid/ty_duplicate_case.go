// want: 8:7: duplicate case 1 (constant of type int) in expression switch
package main

func main() {
	x := 1
	switch x {
	case 1:
	case 1:
	}
}
