// want: 6:10: syntax error: unexpected newline, expecting { after if clause
package main

func main() {
	x := 1
	if x > 0
	{
		x++
	}
}
