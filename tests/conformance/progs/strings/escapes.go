package main

import "fmt"

func main() {
	s := "tab\there\nnew \"quote\" back\\slash \x41\u00e9\U0001F600 \a\b\f\v\r"
	fmt.Printf("%q\n", s)
	raw := `raw\n string "with" quotes
second line`
	fmt.Println(raw)
	fmt.Println(len("\xff\xfe"), len(`\xff`))
	fmt.Printf("%q %q %q\n", "\x00", "\x7f", "\u2028")
	fmt.Printf("%+q %#q %#q\n", "héllo", "back`tick", "plain")
}
