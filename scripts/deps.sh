#!/bin/sh
# The one list of the Debian packages faqbot needs to build and test, and
# the installer that `make deps`, `make run`, `make test` and .ci/run use.
#
#   scripts/deps.sh list      print the package names
#   scripts/deps.sh check     exit 0 when every package is installed
#   scripts/deps.sh install   install what is missing (apt-get; sudo when not root)
set -eu

PACKAGES="
build-essential
pkg-config
libpcre2-dev
libcjson-dev
libcurl4-openssl-dev
libmicrohttpd-dev
libssl-dev
libutf8proc-dev
libstemmer-dev
libcmocka-dev
libstrophe-dev
ngircd
prosody
openssl
curl
wrk
python3
clang
libclang-rt-14-dev
valgrind
chromium
nodejs
npm
"

# The packages not installed. An npm command already there counts as the
# npm package: NodeSource's nodejs (on some machines instead of Debian's)
# bundles npm and conflicts with Debian's npm package, so asking apt for
# it there would fail.
missing() {
	for p in $PACKAGES; do
		if [ "$p" = npm ] && command -v npm >/dev/null 2>&1; then
			continue
		fi
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
		    grep -q 'install ok installed' || echo "$p"
	done
}

case "${1:-check}" in
list)
	echo $PACKAGES
	;;
check)
	command -v dpkg-query >/dev/null 2>&1 || exit 0
	[ -z "$(missing)" ]
	;;
install)
	if ! command -v apt-get >/dev/null 2>&1; then
		echo "deps: not a Debian/Ubuntu system; install these (or your" \
		    "system's equivalents) by hand:" $PACKAGES >&2
		exit 1
	fi
	todo=$(missing)
	[ -z "$todo" ] && exit 0
	sudo=""
	[ "$(id -u)" -ne 0 ] && sudo="sudo"
	echo "deps: installing:" $todo >&2
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $todo
	;;
*)
	echo "usage: $0 list|check|install" >&2
	exit 2
	;;
esac
