# faqbot: a plain GNU Makefile. `make` builds build/faqbot; `make test`
# builds everything again under AddressSanitizer and UBSan and runs every
# test; `make run` starts the bot with the bundled knowledge.

VERSION   = 0.1.0
CC       ?= cc
PREFIX   ?= /usr/local
DESTDIR  ?=
DATADIR   = $(PREFIX)/share/faqbot
MANDIR    = $(PREFIX)/share/man/man1

PKGS      = libpcre2-8 libcjson libcurl libmicrohttpd libutf8proc libcrypto
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

WEB       = web/index.html:text/html \
            web/widget.js:text/javascript \
            web/chat.css:text/css
GEN       = build/gen/webassets.c

OBJS      = $(SRCS:bot/%.c=build/obj/%.o) build/obj/webassets.o
ASAN_OBJS = $(SRCS:bot/%.c=build/asan/obj/%.o) build/asan/obj/webassets.o
ASAN_CORE = $(CORE:bot/%.c=build/asan/obj/%.o) build/asan/obj/webassets.o

.PHONY: all run test check asan eval bench install uninstall clean deps \
        format format-check

all: build/faqbot

deps:
	@scripts/deps.sh check || scripts/deps.sh install

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

build/asan/test_%: tests/unit/test_%.c $(ASAN_CORE) | build/asan/obj
	$(CC) $(CFLAGS_ALL) $(SAN) $(shell pkg-config --cflags cmocka) \
	    -o $@ $< $(ASAN_CORE) $(LIBS) $(shell pkg-config --libs cmocka)

build/asan/eval: tests/eval/eval.c $(ASAN_CORE) | build/asan/obj
	$(CC) $(CFLAGS_ALL) $(SAN) -o $@ $< $(ASAN_CORE) $(LIBS)

build/eval: tests/eval/eval.c $(filter-out build/obj/main.o,$(OBJS))
	$(CC) $(CFLAGS_ALL) -o $@ $^ $(LIBS)

build/bench: tests/bench/bench.c $(filter-out build/obj/main.o,$(OBJS))
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
run: deps
	@$(MAKE) --no-print-directory build/faqbot
	FAQBOT_GAPS_PATH=build/gaps.jsonl ./build/faqbot serve --kb knowledge

eval: build/eval
	./build/eval knowledge tests/eval/tune.tsv tests/eval/holdout.tsv

bench: build/bench
	./build/bench knowledge tests/eval/tune.tsv tests/eval/holdout.tsv

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
	rm -rf $(DESTDIR)$(DATADIR)

format:
	clang-format -i bot/*.c include/*.h

format-check:
	@clang-format --dry-run --Werror bot/*.c include/*.h

clean:
	rm -rf build

-include $(OBJS:.o=.d) $(ASAN_OBJS:.o=.d)
