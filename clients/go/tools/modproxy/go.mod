// A module of its own, so that the client's module (and its zip) does not depend on x/mod.
module github.com/tsrm-pstrp/pecd/clients/go/tools/modproxy

go 1.24.0

require golang.org/x/mod v0.33.0
