#!/usr/bin/env bash
# Makes (or moves forward) the branch `client-LANG` of a pecd git repository: one commit whose
# tree is clients/LANG of REV, that is, this package at the root of a branch. npm and Composer
# install from git only a package at the root of a repository, so the git form of the README
# installs this branch. After a release, the maintainers run it and push the branch:
#   clients/LANG/release-branch.sh && git push origin client-LANG
# Usage: release-branch.sh [REPO [REV]]   (default: this repository, HEAD; REPO may be bare)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lang="$(basename "$here")"
branch="client-$lang"
repo="${1:-$here}"
rev="${2:-HEAD}"
g() { git -C "$repo" "$@"; }

source_commit="$(g rev-parse --verify "$rev^{commit}")"
tree="$(g rev-parse --verify "$source_commit:clients/$lang")"
parent="$(g rev-parse --verify --quiet "refs/heads/$branch" || true)"
if [[ -n "$parent" && "$(g rev-parse "$parent^{tree}")" == "$tree" ]]; then
  echo "release-branch: $branch already has clients/$lang of $source_commit" >&2
  exit 0
fi
# commit-tree needs an identity; CI machines often have none configured.
if [[ -z "$(g config user.email || true)" ]]; then
  export GIT_AUTHOR_NAME="${GIT_AUTHOR_NAME:-pecd release}" GIT_AUTHOR_EMAIL="${GIT_AUTHOR_EMAIL:-release@tsrm-pstrp.invalid}"
  export GIT_COMMITTER_NAME="${GIT_COMMITTER_NAME:-$GIT_AUTHOR_NAME}" GIT_COMMITTER_EMAIL="${GIT_COMMITTER_EMAIL:-$GIT_AUTHOR_EMAIL}"
fi
commit="$(g commit-tree "$tree" ${parent:+-p "$parent"} -m "clients/$lang of $source_commit")"
g update-ref "refs/heads/$branch" "$commit" ${parent:+"$parent"}
echo "release-branch: $branch is now $commit (clients/$lang of $source_commit)" >&2
