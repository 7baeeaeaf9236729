// Package e2e holds the end-to-end test of the Go client against a live pecd; see
// e2e_test.go and ../test.sh. It has no non-test code.
package e2e
