// want: 10:7: label Missing not defined
package main

func main() {
	for i := 0; i < 3; i++ {
		if i == 1 {
			goto Done
		}
	}
	goto Missing
Done:
	println()
}
