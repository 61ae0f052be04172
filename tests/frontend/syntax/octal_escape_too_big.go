package main

func main() {
	r := '\400'
	_ = r
}
