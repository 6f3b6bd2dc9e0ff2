package main

const (
	A = iota * 10
	B
	_
	D
)

const big = 1 << 62
const r, s = 'x', `raw
string`
var f = 0x1p-2 + 1_000.5e3 + 0o17 + 0b1010

func main() {}
