#!/usr/bin/env bash
# rotate-secret-key.sh - replaces the AES-256 key that encrypts the provider passwords stored in the database.
#
#   scripts/rotate-secret-key.sh [--key-file <file>]
#
# The current key is kept as <file>.previous and a new random key is written into <file>. The engine does the rest
# at its next start: it opens the stored passwords with the previous key, encrypts them again with the new one (in
# one transaction, audited as SECRET_KEY_ROTATED) and from then on needs only the new key. With several nodes, give
# every node both files before restarting them; remove <file>.previous once every node has started once.
#
# The key file defaults to the engine's: osn.secret.key.file if you set it, else <data dir>/osn-secret.key, where the
# data dir is OSN_DATA_DIR, else ./data (as ./run). A rotation is refused while a <file>.previous from an earlier
# one still exists: that key may still be needed by a node that has not started since.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
key_file="${OSN_DATA_DIR:-$root/data}/osn-secret.key"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --key-file) key_file=${2:?--key-file needs a file}; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "rotate-secret-key.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

previous="$key_file.previous"
if [[ ! -f "$key_file" ]]; then
  echo "rotate-secret-key.sh: there is no key file $key_file to rotate (the engine creates it at its first start)" >&2
  exit 1
fi
if [[ -e "$previous" ]]; then
  echo "rotate-secret-key.sh: $previous is still there from an earlier rotation; start every engine node once" \
    "with it, then remove it and rotate again" >&2
  exit 1
fi

umask 077
tmp=$(mktemp "$(dirname "$key_file")/.osn-key.XXXXXX")
trap 'rm -f "$tmp"' EXIT
head -c 32 /dev/urandom | base64 -w0 > "$tmp"
echo >> "$tmp"
# a hard link, not a copy: it fails if another rotation made the file meanwhile
ln "$key_file" "$previous"
mv -f "$tmp" "$key_file"
trap - EXIT
echo "New key in $key_file; the old one is $previous."
echo "Restart the engine (every node, each with both files): it encrypts the stored passwords again with the new key."
echo "Then remove $previous."
