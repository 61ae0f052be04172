// versions: 1.19 1.22 1.27
package main

func main() {
	var v any = 1
	switch x := v.(type) {
	case int:
	case string:
	}
	switch y := v.(type) {
	case int:
		_ = y
	}
}
