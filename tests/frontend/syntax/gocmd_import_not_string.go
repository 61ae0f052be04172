package main

import 5

func main() {
}
