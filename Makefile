# vm: a bytecode VM for a Python subset. `make` builds build/vm; `make test`
# runs every test under the normal build and under ASan+UBSan; `make run`
# runs the default demonstration program. Missing Debian packages (re2c,
# Criterion, GMP) are installed with apt-get on first use.

CC ?= gcc
WARN := -Wall -Wextra -Werror
CFLAGS_COMMON := -std=gnu11 -D_GNU_SOURCE $(WARN) -I. -Ibuild -MMD -MP
OPT ?= -O2
SAN := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDLIBS := -lgmp -lm

SRC := $(wildcard vm/*.c compiler/*.c runtime/*.c)
LIB_SRC := $(filter-out vm/main.c,$(SRC))
OBJ := $(patsubst %.c,build/obj/%.o,$(LIB_SRC)) build/obj/lexer.o
ASAN_OBJ := $(patsubst %.c,build/asan/%.o,$(LIB_SRC)) build/asan/lexer.o
NOPOLL_OBJ := $(patsubst %.c,build/nopoll/%.o,$(SRC)) build/nopoll/lexer.o
UNIT_SRC := $(wildcard tests/unit/*/*.c)
# The signal program that shows the check points at work (see README.md).
DEFAULT_PROGRAM ?= programs/delayed_handler.py

.PHONY: all deps run test unit unit-asan scripts scripts-asan expectations format clean

all: build/vm

# ---- dependencies ---------------------------------------------------------------
APT := $(shell [ "$$(id -u)" = 0 ] && echo apt-get || echo sudo apt-get)
deps: build/.deps
build/.deps:
	@missing=""; \
	command -v re2c >/dev/null 2>&1 || missing="$$missing re2c"; \
	[ -f /usr/include/criterion/criterion.h ] || missing="$$missing libcriterion-dev"; \
	{ [ -f /usr/include/gmp.h ] || ls /usr/include/*/gmp.h >/dev/null 2>&1; } || \
	  missing="$$missing libgmp-dev"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  DEBIAN_FRONTEND=noninteractive $(APT) install -y $$missing >/dev/null 2>&1 || \
	  { DEBIAN_FRONTEND=noninteractive $(APT) update >/dev/null && \
	    DEBIAN_FRONTEND=noninteractive $(APT) install -y $$missing; }; \
	fi
	@mkdir -p build && touch $@

# ---- the VM ------------------------------------------------------------------------
build/lexer.c: compiler/lexer.re | build/.deps
	@mkdir -p build
	re2c -W --no-generation-date -o $@ $<

build/obj/lexer.o: build/lexer.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(OPT) -c $< -o $@

build/obj/%.o: %.c | build/lexer.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(OPT) -c $< -o $@

build/vm: $(OBJ) build/obj/vm/main.o
	$(CC) $(OPT) -o $@ $^ $(LDLIBS)

# ---- the VM without check points -------------------------------------------------------
# build/vm-nopoll: the same VM with its check points compiled out (VM_NOPOLL),
# for measuring what polling the eval breaker costs. It takes no signals at
# check points and never collects garbage (the collector runs at check points).
build/nopoll/lexer.o: build/lexer.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -DVM_NOPOLL $(OPT) -c $< -o $@

build/nopoll/%.o: %.c | build/lexer.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -DVM_NOPOLL $(OPT) -c $< -o $@

build/vm-nopoll: $(NOPOLL_OBJ)
	$(CC) $(OPT) -o $@ $^ $(LDLIBS)

# ---- the sanitized VM ----------------------------------------------------------------
build/asan/lexer.o: build/lexer.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -O1 -g $(SAN) -c $< -o $@

build/asan/%.o: %.c | build/lexer.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -O1 -g $(SAN) -c $< -o $@

build/vm-asan: $(ASAN_OBJ) build/asan/vm/main.o
	$(CC) $(SAN) -o $@ $^ $(LDLIBS)

# ---- tests ------------------------------------------------------------------------------
build/unit-tests: $(OBJ) $(UNIT_SRC) | build/.deps
	$(CC) $(CFLAGS_COMMON) $(OPT) -o $@ $(UNIT_SRC) $(OBJ) -lcriterion $(LDLIBS)

build/unit-tests-asan: $(ASAN_OBJ) $(UNIT_SRC) | build/.deps
	$(CC) $(CFLAGS_COMMON) -O1 -g $(SAN) -o $@ $(UNIT_SRC) $(ASAN_OBJ) -lcriterion $(LDLIBS)

unit: build/unit-tests
	build/unit-tests --jobs 2

unit-asan: build/unit-tests-asan
	ASAN_OPTIONS=detect_leaks=0 build/unit-tests-asan --jobs 2

scripts: build/vm
	tests/test_cli.sh build/vm
	tests/test_programs.sh build/vm
	tests/test_signals.sh build/vm
	tests/test_inject.sh build/vm
	python3 tests/test_memory.py build/vm
	tests/run_scripts.sh build/vm

# ASan would catch SIGSEGV, SIGBUS and SIGFPE itself: then getsignal() would
# not say SIG_DFL for them and faulthandler's tests could not die of them.
SCRIPTS_ASAN_ENV := ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:handle_segv=0:handle_sigbus=0:handle_sigfpe=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

scripts-asan: build/vm-asan
	$(SCRIPTS_ASAN_ENV) tests/test_cli.sh build/vm-asan
	$(SCRIPTS_ASAN_ENV) tests/test_programs.sh build/vm-asan
	$(SCRIPTS_ASAN_ENV) tests/test_signals.sh build/vm-asan
	$(SCRIPTS_ASAN_ENV) tests/test_inject.sh build/vm-asan
	$(SCRIPTS_ASAN_ENV) tests/run_scripts.sh build/vm-asan

test: deps
	$(MAKE) unit scripts
	$(MAKE) unit-asan scripts-asan
	@echo "all tests passed"

expectations:
	tests/gen_expectations.sh

run: deps build/vm
	build/vm run $(DEFAULT_PROGRAM)

format:
	clang-format -i $(SRC) $(wildcard vm/*.h compiler/*.h runtime/*.h) $(UNIT_SRC)

clean:
	rm -rf build

-include $(OBJ:.o=.d) $(ASAN_OBJ:.o=.d) $(NOPOLL_OBJ:.o=.d)
