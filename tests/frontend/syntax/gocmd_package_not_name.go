package 123

func main() {
}
