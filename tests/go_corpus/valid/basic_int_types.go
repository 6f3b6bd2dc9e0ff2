package main

import "fmt"

func main() {
	var i8 int8 = 127
	var u8 uint8 = 255
	var i16 int16 = -32768
	var u16 uint16 = 65535
	var i32 int32 = 1 << 30
	var u32 uint32 = 1<<32 - 1
	var i64 int64 = -1 << 63
	var u64 uint64 = 1<<64 - 1
	var u uint = 42
	var p uintptr = 8
	var by byte = 'A'
	var r rune = '世'
	i8++
	u8++
	fmt.Println(i8, u8, i16, u16, i32, u32, i64, u64, u, p, by, r)
	fmt.Println(int64(i32)*4, uint8(300%256), int(r))
}
