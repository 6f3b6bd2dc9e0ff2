// want: 5:1: syntax error: unexpected semicolon or newline before {
package main

func main()
{
}
