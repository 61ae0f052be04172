package main

type Tree struct {
	Children []Tree
	Parent   *Tree
	Attrs    map[string]Tree
}

type F func(F) F

type L []L

type I interface {
	Next() I
}

func main() {
	var t Tree
	var f F
	var l L
	var i I
	_, _, _, _ = t, f, l, i
}
