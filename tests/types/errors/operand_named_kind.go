// versions: 1.23 1.24 1.27
package main

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }
type Celsius float64
type Names []string
type Index map[string]int
type Fn func() int
type Ptr *int

func main() {
	var a Shape = Sq{2}
	var b string = Celsius(1.5)
	var c int = Names{"x"}
	var d []string = Index{}
	var e int = Fn(nil)
	var f int = Ptr(nil)
	_, _, _, _, _, _ = a, b, c, d, e, f
}
