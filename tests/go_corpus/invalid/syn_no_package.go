// want: 2:1: expected 'package', found 'func'
func main() {
}
