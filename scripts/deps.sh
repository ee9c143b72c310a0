#!/bin/sh
# The one list of the Debian packages faqbot needs to build and test, and
# the installer that `make deps`, `make run`, `make test` and .ci/run use.
#
#   scripts/deps.sh list [build]      print the package names
#   scripts/deps.sh check [build]     exit 0 when every package is installed
#   scripts/deps.sh install [build]   install what is missing (apt-get; sudo
#                                     when not root)
#
# "build" limits it to what building and running faqbot needs (make run):
# a clinic's server should not get an IRC server, an XMPP server and a
# browser just to run the bot. Without it: everything the tests need too.
set -eu

BUILD_PACKAGES="
build-essential
pkg-config
libpcre2-dev
libcjson-dev
libcurl4-openssl-dev
libmicrohttpd-dev
libssl-dev
libutf8proc-dev
libstemmer-dev
libstrophe-dev
"

TEST_PACKAGES="
libcmocka-dev
ngircd
prosody
openssl
curl
wrk
python3
clang
libclang-rt-14-dev
valgrind
wamerican
chromium
nodejs
npm
"

PACKAGES="$BUILD_PACKAGES $TEST_PACKAGES"
if [ "${2:-}" = build ]; then
	PACKAGES=$BUILD_PACKAGES
elif [ -n "${2:-}" ]; then
	echo "usage: $0 list|check|install [build]" >&2
	exit 2
fi

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
	if ! command -v dpkg-query >/dev/null 2>&1; then
		# Not Debian: ask pkg-config for the libraries instead.
		for m in libpcre2-8 libcjson libcurl libmicrohttpd libutf8proc \
		    libcrypto libssl libstrophe; do
			pkg-config --exists "$m" 2>/dev/null && continue
			echo "deps: library $m not found (pkg-config); install" \
			    "it and libstemmer (Debian names: $BUILD_PACKAGES)" \
			    | tr -s ' \n' ' ' >&2
			echo >&2
			exit 1
		done
		exit 0
	fi
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
	echo "usage: $0 list|check|install [build]" >&2
	exit 2
	;;
esac
