package main

var x =
