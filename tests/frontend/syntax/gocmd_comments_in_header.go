package main // the main package
import fmt // formatting

func main() {
}
