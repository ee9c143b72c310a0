# faqbot: a plain GNU Makefile. `make` builds build/faqbot; `make test`
# builds everything again under AddressSanitizer and UBSan and runs every
# test; `make run` starts the bot with the bundled knowledge.

VERSION   = 0.1.0
CC       ?= cc
PREFIX   ?= /usr/local
DESTDIR  ?=
DATADIR   = $(PREFIX)/share/faqbot
MANDIR    = $(PREFIX)/share/man/man1

PKGS      = libpcre2-8 libcjson libcurl libmicrohttpd libutf8proc libcrypto \
            libssl libstrophe
WARN      = -Wall -Wextra -Wformat=2 -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wwrite-strings -Wpointer-arith
ifeq ($(WERROR),1)
WARN     += -Werror
endif
OPT      ?= -O2 -g
DEFS      = -D_GNU_SOURCE -DFAQBOT_VERSION='"$(VERSION)"' \
            -DFAQBOT_DATADIR='"$(DATADIR)"'
CFLAGS_ALL = -std=c11 $(WARN) $(OPT) $(DEFS) -Iinclude -MMD -MP \
            $(shell pkg-config --cflags $(PKGS) 2>/dev/null) $(CFLAGS)
LIBS      = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer -lm \
            -lpthread
SAN       = -fsanitize=address,undefined -fno-omit-frame-pointer \
            -fno-sanitize-recover=all

SRCS      = $(wildcard bot/*.c)
CORE      = $(filter-out bot/main.c,$(SRCS))
UNITS     = $(basename $(notdir $(wildcard tests/unit/test_*.c)))
# Helpers linked into every unit test.
TESTUTIL_C = tests/unit/testutil.c
TESTUTIL  = $(TESTUTIL_C) tests/unit/testutil.h

WEB       = web/index.html:text/html \
            web/widget.js:text/javascript \
            web/chat.css:text/css
GEN       = build/gen/webassets.c

OBJS      = $(SRCS:bot/%.c=build/obj/%.o) build/obj/webassets.o
ASAN_OBJS = $(SRCS:bot/%.c=build/asan/obj/%.o) build/asan/obj/webassets.o
ASAN_CORE = $(CORE:bot/%.c=build/asan/obj/%.o) build/asan/obj/webassets.o

.PHONY: all run test check asan eval bench dump install uninstall clean deps \
        deps-build \
        format format-check

all: build/faqbot

deps:
	@scripts/deps.sh check || scripts/deps.sh install

# What building and running needs, without the test servers and browser.
deps-build:
	@scripts/deps.sh check build || scripts/deps.sh install build

build/faqbot: $(OBJS)
	$(CC) $(CFLAGS_ALL) -o $@ $(OBJS) $(LIBS) $(LDFLAGS)

$(GEN): scripts/embed.sh $(foreach w,$(WEB),$(firstword $(subst :, ,$(w))))
	@mkdir -p build/gen
	scripts/embed.sh $@ $(WEB)

build/obj/webassets.o: $(GEN) | build/obj
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

build/asan/obj/webassets.o: $(GEN) | build/asan/obj
	$(CC) $(CFLAGS_ALL) $(SAN) -c -o $@ $<

build/obj/%.o: bot/%.c | build/obj
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

build/asan/obj/%.o: bot/%.c | build/asan/obj
	$(CC) $(CFLAGS_ALL) $(SAN) -c -o $@ $<

build/asan/faqbot: $(ASAN_OBJS)
	$(CC) $(CFLAGS_ALL) $(SAN) -o $@ $(ASAN_OBJS) $(LIBS) $(LDFLAGS)

build/asan/test_%: tests/unit/test_%.c $(TESTUTIL) $(ASAN_CORE) \
    | build/asan/obj
	$(CC) $(CFLAGS_ALL) $(SAN) $(shell pkg-config --cflags cmocka) \
	    -o $@ $< $(TESTUTIL_C) $(ASAN_CORE) $(LIBS) \
	    $(shell pkg-config --libs cmocka)

build/asan/eval: tests/eval/eval.c $(ASAN_CORE) | build/asan/obj
	$(CC) $(CFLAGS_ALL) $(SAN) -o $@ $< $(ASAN_CORE) $(LIBS)

build/eval: tests/eval/eval.c $(filter-out build/obj/main.o,$(OBJS))
	$(CC) $(CFLAGS_ALL) -o $@ $^ $(LIBS)

build/bench: tests/bench/bench.c tests/bench/gen.c \
    $(filter-out build/obj/main.o,$(OBJS))
	$(CC) $(CFLAGS_ALL) -o $@ $^ $(LIBS)

build/once: tests/bench/once.c tests/bench/gen.c \
    $(filter-out build/obj/main.o,$(OBJS))
	$(CC) $(CFLAGS_ALL) -o $@ $^ $(LIBS)

build/dump: tests/bench/dump.c tests/bench/gen.c \
    $(filter-out build/obj/main.o,$(OBJS))
	$(CC) $(CFLAGS_ALL) -o $@ $^ $(LIBS)

build/obj build/asan/obj:
	mkdir -p $@

asan: build/asan/faqbot $(UNITS:%=build/asan/%) build/asan/eval

# Every test, under ASan and UBSan; the last line is the runner's summary.
test: deps
	@$(MAKE) --no-print-directory WERROR=1 asan
	@tests/run.sh build/asan

check: test

# The server with the bundled knowledge; unanswered questions go to build/.
run: deps-build
	@$(MAKE) --no-print-directory build/faqbot
	FAQBOT_GAPS_PATH=build/gaps.jsonl ./build/faqbot serve --kb knowledge

# The tuning sets, then the held-out sets (never tuned on; see README).
TUNE_SETS    = $(shell ls tests/eval/tune*.tsv | sort -V)
HOLDOUT_SETS = $(shell ls tests/eval/holdout*.tsv | sort -V)

eval: build/eval
	./build/eval knowledge $(TUNE_SETS) $(HOLDOUT_SETS)

bench: build/bench
	./build/bench knowledge tests/eval/tune.tsv tests/eval/tune2.tsv \
	    tests/eval/tune3.tsv
	@$(MAKE) --no-print-directory build/faqbot && tests/bench/server_bench.sh build

# Every field of every result (see tests/bench/dump.c) into build/dump.txt:
# compare it with cmp before and after a change meant to keep decisions.
dump: build/dump
	./build/dump knowledge $(TUNE_SETS) $(HOLDOUT_SETS) >build/dump.txt
	@wc -c build/dump.txt; md5sum build/dump.txt

install: build/faqbot
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR)/knowledge \
	    $(DESTDIR)$(MANDIR)
	install -m 0755 build/faqbot $(DESTDIR)$(PREFIX)/bin/faqbot
	install -m 0644 knowledge/*.kb knowledge/README.md \
	    $(DESTDIR)$(DATADIR)/knowledge/
	install -m 0644 man/faqbot.1 $(DESTDIR)$(MANDIR)/faqbot.1
	install -d $(DESTDIR)$(PREFIX)/share/doc/faqbot
	install -m 0644 etc/faqbot.conf.example etc/faqbot.service \
	    $(DESTDIR)$(PREFIX)/share/doc/faqbot/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/faqbot $(DESTDIR)$(MANDIR)/faqbot.1
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(PREFIX)/share/doc/faqbot

format:
	clang-format -i bot/*.c include/*.h

format-check:
	@clang-format --dry-run --Werror bot/*.c include/*.h

clean:
	rm -rf build

-include $(OBJS:.o=.d) $(ASAN_OBJS:.o=.d)

# ---------------------------------------------------------------------------
# Robustness: fuzzing (libFuzzer), Valgrind and ThreadSanitizer. Each has
# its own build directory and never touches build/obj or build/asan.
#
#   make fuzz FUZZ_SECONDS=N   every tests/fuzz/fuzz_*.c for N seconds each
#   make fuzz-regress          replay tests/fuzz/regress/ and the seed corpora
#   make valgrind              unit tests and tests/cli.sh under Valgrind
#   make tsan                  matcher and server threads under TSan

.PHONY: fuzz fuzz-build fuzz-regress fuzz-tools valgrind valgrind-build \
        tsan tsan-build tsan-tools

FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 30
FUZZ_TARGETS  = kb match conf normalize http prefilter
# Longest input per target: a knowledge file, a message (past the 4 KiB
# cut), a config file, a message, a raw HTTP request, a regex and a text.
FUZZ_MAXLEN_kb        = 65536
FUZZ_MAXLEN_match     = 8192
FUZZ_MAXLEN_conf      = 16384
FUZZ_MAXLEN_normalize = 8192
FUZZ_MAXLEN_http      = 16384
FUZZ_MAXLEN_prefilter = 1024
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=all \
                -fno-omit-frame-pointer
FUZZ_CFLAGS   = -std=c11 $(WARN) -O1 -g $(DEFS) -Iinclude -MMD -MP \
                $(shell pkg-config --cflags $(PKGS) 2>/dev/null) \
                -DFAQBOT_FUZZ_ROOT='"$(CURDIR)"'
FUZZ_OBJS     = $(CORE:bot/%.c=build/fuzz/obj/%.o) build/fuzz/obj/webassets.o
FUZZ_BINS     = $(FUZZ_TARGETS:%=build/fuzz/fuzz_%)
# A knowledge load in the fuzz build (ASan, coverage, every crisis rule and
# alternative JIT-compiled) peaks at about 2.2 GB: above libFuzzer's
# default limit of 2 GB, so replays get the fuzzing runs' limit too.
FUZZ_LIMITS   = -timeout=30 -rss_limit_mb=4096
FUZZ_RUN      = $(FUZZ_LIMITS) -print_final_stats=1

# clang, and its libFuzzer runtime (Debian: libclang-rt-14-dev, which
# clang only recommends).
fuzz-tools:
	@echo 'int LLVMFuzzerTestOneInput(void) { return 0; }' | $(FUZZ_CC) \
	    -x c -fsanitize=fuzzer -o /dev/null - >/dev/null 2>&1 || { echo \
	    "make: $(FUZZ_CC) cannot build a libFuzzer target; install clang" \
	    "and libclang-rt-14-dev" >&2; exit 1; }

build/fuzz/obj:
	mkdir -p $@

build/fuzz/obj/%.o: bot/%.c | build/fuzz/obj fuzz-tools
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link \
	    -c -o $@ $<

build/fuzz/obj/webassets.o: $(GEN) | build/fuzz/obj fuzz-tools
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c -o $@ $<

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_OBJS) | fuzz-tools
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $< \
	    $(FUZZ_OBJS) $(LIBS)

fuzz-build: $(FUZZ_BINS)

# The objects are only prerequisites of pattern rules: keep them.
.SECONDARY: $(FUZZ_OBJS)

# One target's fuzzing run, as a shell fragment: $(1) is the target name.
# Its output goes to build/fuzz/T.log; a failure adds T to $$failed.
fuzz_run = mkdir -p build/fuzz/corpus/$(1); \
	echo "fuzz: $(1) for $(FUZZ_SECONDS) s (-max_len=$(FUZZ_MAXLEN_$(1)))"; \
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    build/fuzz/fuzz_$(1) $(FUZZ_RUN) -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=$(FUZZ_MAXLEN_$(1)) -artifact_prefix=build/fuzz/crashes/$(1)- \
	    $(if $(wildcard tests/fuzz/$(1).dict),-dict=tests/fuzz/$(1).dict) \
	    build/fuzz/corpus/$(1) tests/fuzz/corpus/$(1) \
	    >build/fuzz/$(1).log 2>&1 || failed="$$failed $(1)"; \
	grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' \
	    build/fuzz/$(1).log | sed 's/^stat::/  /';

# Run every target for FUZZ_SECONDS; new inputs are kept in
# build/fuzz/corpus/T, crashes in build/fuzz/crashes/. Fails when any
# target found a crash, a leak, a timeout or undefined behaviour.
fuzz: fuzz-build
	@mkdir -p build/fuzz/crashes; failed=""; \
	$(foreach t,$(FUZZ_TARGETS),$(call fuzz_run,$(t))) \
	for t in $$failed; do \
	    echo "fuzz: $$t FAILED (build/fuzz/$$t.log):"; \
	    grep -E -A14 '^==[0-9]+==ERROR|runtime error|^fuzz_[a-z]+:|deadly signal|ALARM' \
	        build/fuzz/$$t.log | head -40; \
	done; \
	[ -z "$$failed" ] || { echo "fuzz: failed:$$failed (inputs in" \
	    "build/fuzz/crashes/)"; exit 1; }; \
	echo "fuzz: $(FUZZ_TARGETS): no crash in $(FUZZ_SECONDS) s each"

# Replay, without fuzzing, every file of tests/fuzz/regress/T/ (inputs that
# once crashed target T) and of the seed corpus tests/fuzz/corpus/T/.
fuzz-regress: fuzz-build
	@failed=""; \
	for t in $(FUZZ_TARGETS); do \
	    files=$$(find tests/fuzz/regress/$$t tests/fuzz/corpus/$$t \
	        -type f ! -name ".*" 2>/dev/null | sort); \
	    [ -n "$$files" ] || continue; \
	    if ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	        build/fuzz/fuzz_$$t $(FUZZ_LIMITS) $$files \
	        >build/fuzz/$$t-regress.log 2>&1; then \
	        echo "ok - fuzz-regress $$t ($$(echo "$$files" | wc -l) inputs)"; \
	    else \
	        echo "not ok - fuzz-regress $$t (build/fuzz/$$t-regress.log)"; \
	        grep -E -B2 -A14 '^==[0-9]+==ERROR|runtime error|^fuzz_[a-z]+:' \
	            build/fuzz/$$t-regress.log | head -40; \
	        failed="$$failed $$t"; \
	    fi; \
	done; \
	[ -z "$$failed" ] || { echo "fuzz-regress: failed:$$failed"; exit 1; }

# Valgrind: an -O0 build without sanitizers in build/valgrind/. Unit tests
# run under Valgrind directly; tests/cli.sh runs build/valgrind/run/faqbot,
# a wrapper that starts build/valgrind/faqbot under Valgrind with one log
# per run. Any error, or a definite or indirect leak, fails (the logs are
# also checked, because exit status 1 is also faqbot's own "bad
# knowledge" status that some command-line tests expect).
VG_OBJS   = $(SRCS:bot/%.c=build/valgrind/obj/%.o) build/valgrind/obj/webassets.o
VG_CORE   = $(CORE:bot/%.c=build/valgrind/obj/%.o) build/valgrind/obj/webassets.o
VG_CFLAGS = -std=c11 $(WARN) -O0 -g $(DEFS) -Iinclude -MMD -MP \
            $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
VALGRIND  = valgrind --error-exitcode=1 --leak-check=full \
            --errors-for-leak-kinds=definite,indirect \
            --show-leak-kinds=definite,indirect \
            --suppressions=$(CURDIR)/tests/valgrind.supp

build/valgrind/obj:
	mkdir -p $@

build/valgrind/obj/%.o: bot/%.c | build/valgrind/obj
	$(CC) $(VG_CFLAGS) -c -o $@ $<

build/valgrind/obj/webassets.o: $(GEN) | build/valgrind/obj
	$(CC) $(VG_CFLAGS) -c -o $@ $<

build/valgrind/faqbot: $(VG_OBJS)
	$(CC) $(VG_CFLAGS) -o $@ $(VG_OBJS) $(LIBS)

build/valgrind/test_%: tests/unit/test_%.c $(TESTUTIL) $(VG_CORE) \
    | build/valgrind/obj
	$(CC) $(VG_CFLAGS) $(shell pkg-config --cflags cmocka) -o $@ $< \
	    $(TESTUTIL_C) $(VG_CORE) $(LIBS) $(shell pkg-config --libs cmocka)

valgrind-build: build/valgrind/faqbot $(UNITS:%=build/valgrind/%)

valgrind: valgrind-build
	@command -v valgrind >/dev/null 2>&1 || { echo "make: valgrind not" \
	    "found; install valgrind" >&2; exit 1; }
	@VALGRIND="$(VALGRIND)" tests/valgrind.sh build/valgrind

# ThreadSanitizer: faqbot, test_match and tests/tsan/server_threads.c in
# build/tsan/, then tests/tsan/run.sh: the matcher's threads test, the
# in-process server under client threads and reloads, and faqbot serve
# under concurrent curl requests and SIGHUP reloads.
TSAN_CC     ?= clang
TSAN_OBJS    = $(SRCS:bot/%.c=build/tsan/obj/%.o) build/tsan/obj/webassets.o
TSAN_CORE    = $(CORE:bot/%.c=build/tsan/obj/%.o) build/tsan/obj/webassets.o
TSAN_CFLAGS  = -std=c11 $(WARN) -O1 -g $(DEFS) -Iinclude -MMD -MP \
               -fsanitize=thread -fno-omit-frame-pointer \
               $(shell pkg-config --cflags $(PKGS) 2>/dev/null)

build/tsan/obj:
	mkdir -p $@

# clang, and its TSan runtime (Debian: libclang-rt-14-dev).
tsan-tools:
	@echo 'int main(void) { return 0; }' | $(TSAN_CC) -x c \
	    -fsanitize=thread -o /dev/null - >/dev/null 2>&1 || { echo \
	    "make: $(TSAN_CC) cannot build with -fsanitize=thread; install" \
	    "clang and libclang-rt-14-dev" >&2; exit 1; }

build/tsan/obj/%.o: bot/%.c | build/tsan/obj tsan-tools
	$(TSAN_CC) $(TSAN_CFLAGS) -c -o $@ $<

build/tsan/obj/webassets.o: $(GEN) | build/tsan/obj
	$(TSAN_CC) $(TSAN_CFLAGS) -c -o $@ $<

build/tsan/faqbot: $(TSAN_OBJS)
	$(TSAN_CC) $(TSAN_CFLAGS) -o $@ $(TSAN_OBJS) $(LIBS)

build/tsan/test_match: tests/unit/test_match.c $(TESTUTIL) $(TSAN_CORE)
	$(TSAN_CC) $(TSAN_CFLAGS) $(shell pkg-config --cflags cmocka) -o $@ \
	    $< $(TESTUTIL_C) $(TSAN_CORE) $(LIBS) \
	    $(shell pkg-config --libs cmocka)

build/tsan/server_threads: tests/tsan/server_threads.c $(TSAN_CORE)
	$(TSAN_CC) $(TSAN_CFLAGS) -o $@ $< $(TSAN_CORE) $(LIBS)

tsan-build: build/tsan/faqbot build/tsan/test_match build/tsan/server_threads

tsan: tsan-build
	@tests/tsan/run.sh build/tsan

-include $(FUZZ_OBJS:.o=.d) $(FUZZ_BINS:=.d) $(VG_OBJS:.o=.d) \
    $(TSAN_OBJS:.o=.d)

# The driver of tests/outbox_crash.sh: a stand-in channel that opens an
# outbox, queues jobs and sends them until SIGTERM (the script kills it
# with SIGKILL in between). Built with `make asan`.
build/asan/outbox_driver: tests/outbox_driver.c $(ASAN_CORE) | build/asan/obj
	$(CC) $(CFLAGS_ALL) $(SAN) -o $@ $< $(ASAN_CORE) $(LIBS)

asan: build/asan/outbox_driver

# Load, soak and fault tests of faqbot serve on the -O2 build (wrk, see
# docs/benchmarks.md): `make load`, `make soak SOAK_SECONDS=N`, `make faults`.
.PHONY: load soak faults
SOAK_SECONDS ?= 120
faults soak load: build/faqbot
	@tests/$@.sh build $(if $(filter soak,$@),$(SOAK_SECONDS))
