# Sourced by generate.sh and test.sh: installs node_modules/ from package-lock.json with `npm ci`
# (pinned generators, compiler and runtime), unless node_modules/ was already installed from this
# very lockfile. Install scripts of dependencies are not run (none is needed).
npm_deps() {
  local dir="$1" stamp="$1/node_modules/.pec-lock.sha256" want
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return 0
  fi
  echo "npm ci in $dir" >&2
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >&2
  echo "$want" >"$stamp"
}
