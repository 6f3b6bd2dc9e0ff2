// want: 6:14: cannot use s + "\x01\u200b" (untyped string constant "héllo\t\"wörld\"\\n\x01\u200b") as int value in variable declaration
package main

func main() {
	const s = `héllo	"wörld"\n`
	var n int = s + "\x01\u200b"
	_ = n
}
