package main

func main() {
	a := )
	a := )
	a := )
	a := )
	a := )
	a := )
	a := )
	a := )
	a := )
	a := )
	a := )
	a := )
}
