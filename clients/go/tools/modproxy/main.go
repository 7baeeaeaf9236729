// Command modproxy writes a Go module proxy folder (the GOPROXY protocol's file layout, usable
// as GOPROXY=file:///that/folder) that serves one version of the module in a directory, zipped
// by golang.org/x/mod/zip exactly as the public proxy zips a tagged version.
//
// test.sh uses it to install the client with `go get` as an Ordine does, without reaching the
// repository's host: go get MODULE@VERSION then reads the module from the folder.
//
// Usage: modproxy -dir DIR -module PATH -version VERSION -out FOLDER
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/mod/module"
	modzip "golang.org/x/mod/zip"
)

func main() {
	dir := flag.String("dir", "", "the module's root directory (holding go.mod)")
	path := flag.String("module", "", "the module path, as in go.mod")
	version := flag.String("version", "", "the version to serve, e.g. v0.0.0-test")
	out := flag.String("out", "", "the proxy folder to write")
	flag.Parse()
	if *dir == "" || *path == "" || *version == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := write(*dir, module.Version{Path: *path, Version: *version}, *out); err != nil {
		fmt.Fprintln(os.Stderr, "modproxy:", err)
		os.Exit(1)
	}
}

// write lays out <out>/<escaped path>/@v/{list, V.info, V.mod, V.zip}.
func write(dir string, mv module.Version, out string) error {
	if err := module.Check(mv.Path, mv.Version); err != nil {
		return err
	}
	escaped, err := module.EscapePath(mv.Path)
	if err != nil {
		return err
	}
	v := filepath.Join(out, filepath.FromSlash(escaped), "@v")
	if err := os.MkdirAll(v, 0o755); err != nil {
		return err
	}
	goMod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return err
	}
	info, err := json.Marshal(struct {
		Version string
		Time    time.Time
	}{mv.Version, time.Now().UTC().Truncate(time.Second)})
	if err != nil {
		return err
	}
	for name, data := range map[string][]byte{
		"list":               []byte(mv.Version + "\n"),
		mv.Version + ".info": info,
		mv.Version + ".mod":  goMod,
	} {
		if err := os.WriteFile(filepath.Join(v, name), data, 0o644); err != nil {
			return err
		}
	}
	zf, err := os.Create(filepath.Join(v, mv.Version+".zip"))
	if err != nil {
		return err
	}
	// CreateFromDir applies the proxy's rules: no nested modules, no vendor/, size limits.
	if err := modzip.CreateFromDir(zf, mv, dir); err != nil {
		zf.Close()
		return err
	}
	return zf.Close()
}
