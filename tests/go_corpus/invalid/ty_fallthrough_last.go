// want: 7:3: cannot fallthrough final case in switch
package main

func main() {
	switch x := 1; x {
	case 1:
		fallthrough
	}
}
