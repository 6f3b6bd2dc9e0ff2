package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Fields("  one two\tthree\n  "))
	fmt.Println(len(strings.Fields("   ")))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", ""), strings.Contains("", "a"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("go", "golang"))
	fmt.Printf("[%s]\n", strings.TrimSpace(" \t hi there \n"))
	fmt.Println(strings.Trim("xxhixyx", "xy"), strings.TrimLeft("xxhix", "x"), strings.TrimRight("xxhix", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"), strings.TrimPrefix("x", "y"))
	fmt.Println(strings.ToUpper("Hello, Wörld ß"), strings.ToLower("HELLO ÀÉ"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("héllo", "l"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go", ""))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("failure", "ui"), strings.ContainsAny("x", ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Ga"))
}
