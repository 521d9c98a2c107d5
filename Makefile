# peakpath - plain Makefile. `make run` and `make test` are the whole set-up on a fresh Debian
# machine: both first install the Debian packages the build needs (apt-get, with sudo when not root).
# Quality checks (docs/hardening.md): `make test` also runs the suite under AddressSanitizer +
# UBSan (`make asan`) and the engine/CLI tests under valgrind (`make valgrind`); `make fuzz` runs
# the libFuzzer targets in fuzz/; `make install` / `make uninstall` honour PREFIX and DESTDIR.

SHELL    := /bin/bash
CC       ?= cc
BUILD    ?= build
PKGS      = libgsl-dev libncurses-dev libcmocka-dev libjansson-dev pkg-config tmux libxml2-utils
# Only for the quality checks: valgrind (make test / make valgrind), chromium (the workshop test
# screenshots the projector page headless; about 30 s to install), clang + its libFuzzer runtime
# (make fuzz), man-db + groff-base (`man -l` in make installcheck).
QA_PKGS   = valgrind chromium
FUZZ_PKGS = clang libclang-rt-14-dev
MAN_PKGS  = man-db groff-base
WARN      = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CFLAGS   ?= -O2 -g
# SAN_FLAGS is set by the sanitizer and fuzz builds (sub-makes), never by hand.
SAN_FLAGS ?=
PP_CFLAGS = $(CFLAGS) $(SAN_FLAGS) -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(EXTRA_CFLAGS)
NCURSES_CFLAGS = $(shell pkg-config --cflags ncursesw 2>/dev/null)
NCURSES_LIBS   = $(shell pkg-config --libs ncursesw 2>/dev/null || echo -lncursesw)
SIM_LIBS  = -lgsl -lgslcblas -lm
APP_LIBS  = $(NCURSES_LIBS) -ljansson -lpthread
TEST_LIBS = -lcmocka

# Installation (GNU conventions). DATADIR is compiled into the binary (cli/cli_common.c looks for
# the default scenario in $(DATADIR)/scenarios after ./scenarios); DESTDIR is only for staging.
PREFIX   ?= /usr/local
BINDIR    = $(PREFIX)/bin
DATADIR   = $(PREFIX)/share/peakpath
MANDIR    = $(PREFIX)/share/man/man1
MANDIR_ZH = $(PREFIX)/share/man/zh_CN/man1

SIM_SRC   = $(wildcard sim/*.c sim/*/*.c)
SIM_OBJ   = $(SIM_SRC:%.c=$(BUILD)/%.o)
# Layers, bottom up: sim/ (the engine), report/ (writers, exports, saving, room scanning), then
# the two front ends cli/ and tui/, and main.c (main(): the only file that sees both front ends).
REPORT_SRC= $(wildcard report/*.c)
APP_SRC   = $(REPORT_SRC) $(wildcard cli/*.c tui/*.c)
APP_OBJ   = $(APP_SRC:%.c=$(BUILD)/%.o)
APP_LIBOBJ= $(APP_OBJ)
MAIN_OBJ  = $(BUILD)/main.o
TEST_SRC  = $(wildcard tests/test_*.c)
TEST_BIN  = $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
LIB       = $(BUILD)/libpeakpath.a
BIN       = $(BUILD)/peakpath
# The default scenario is named once, in report/report.h (PEAKPATH_DEFAULT_SCENARIO).
DEFAULT_SCENARIO = scenarios/$(shell sed -n 's/^\#define PEAKPATH_DEFAULT_SCENARIO "\(.*\)"/\1/p' report/report.h)
SCENARIOS = $(wildcard scenarios/*.ini)

# Fuzz targets (fuzz/fuzz_*.c). REPLAY_BIN: the same targets with a plain main() that feeds them
# the seed corpus and every saved crash (fuzz/regress/), built by `make test` with $(CC).
FUZZ_TARGETS = scenario cli room export
REPLAY_BIN   = $(FUZZ_TARGETS:%=$(BUILD)/fuzz/replay_%)

.PHONY: all deps deps-qa deps-fuzz deps-man run test test-suite check bench clean asan valgrind fuzz fuzz-build readme-figures \
        install uninstall installcheck FORCE
all: $(BIN)

# Installs only what is missing, so it is quick when everything is there.
define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
endef
deps:
	$(call apt_install,$(PKGS))
deps-qa: deps
	$(call apt_install,$(QA_PKGS))
deps-fuzz: deps
	$(call apt_install,$(FUZZ_PKGS))
deps-man:
	$(call apt_install,$(MAN_PKGS))

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(PP_CFLAGS) $(NCURSES_CFLAGS) -MMD -MP -c $< -o $@

# The data directory is compiled in; this stamp changes (and cli_common.o is rebuilt) only when
# PREFIX does.
$(BUILD)/datadir.stamp: FORCE
	@mkdir -p $(dir $@)
	@echo '$(DATADIR)' | cmp -s - $@ || echo '$(DATADIR)' > $@
$(BUILD)/cli/cli_common.o: $(BUILD)/datadir.stamp
$(BUILD)/cli/cli_common.o: PP_CFLAGS += -DPEAKPATH_DATADIR='"$(DATADIR)"'

$(LIB): $(SIM_OBJ)
	@mkdir -p $(dir $@)
	ar rcs $@ $^

$(BIN): $(MAIN_OBJ) $(APP_OBJ) $(LIB)
	$(CC) $(PP_CFLAGS) $(LDFLAGS) -o $@ $(MAIN_OBJ) $(APP_OBJ) $(LIB) $(APP_LIBS) $(SIM_LIBS)

# Each tests/test_X.c is one cmocka program. An engine test (it includes only sim/ headers) links
# the engine library alone, so it builds and fails on the engine's own; a test that includes
# report/, cli/ or tui/ headers also links the front-end objects (not main).
TEST_FE_SRC  = $(shell grep -lE '^\#include "\.\./(report|cli|tui)/' $(TEST_SRC) /dev/null)
TEST_FE_BIN  = $(TEST_FE_SRC:tests/%.c=$(BUILD)/tests/%)
TEST_SIM_BIN = $(filter-out $(TEST_FE_BIN),$(TEST_BIN))
$(TEST_SIM_BIN): $(BUILD)/tests/%: tests/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(PP_CFLAGS) $(LDFLAGS) -MMD -MP -o $@ $< $(LIB) $(TEST_LIBS) $(SIM_LIBS) -lpthread
$(TEST_FE_BIN): $(BUILD)/tests/%: tests/%.c $(LIB) $(APP_LIBOBJ)
	@mkdir -p $(dir $@)
	$(CC) $(PP_CFLAGS) $(NCURSES_CFLAGS) $(LDFLAGS) -MMD -MP -o $@ $< $(APP_LIBOBJ) $(LIB) $(TEST_LIBS) $(APP_LIBS) $(SIM_LIBS)

# Helper of tests/fault_save_test.sh: writes big contents through report/save.c until killed.
$(BUILD)/tests/fault_save_writer: tests/fault_save_writer.c $(BUILD)/report/save.o $(BUILD)/report/error_text.o $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(PP_CFLAGS) $(LDFLAGS) -o $@ $^ $(SIM_LIBS)

run: deps
	@$(MAKE) --no-print-directory $(BIN)
	./$(BIN) $(DEFAULT_SCENARIO)

# Layering rules (tests/layers.sh, docs/architecture.md): sim/ includes only sim/ and never
# prints, exits or draws; report/ includes only report/ and sim/; cli/ and tui/ never include each
# other; no include cycle between sim/ modules.
check:
	@sh tests/layers.sh

# ---- tests ----

# Everything tests/run_all.sh needs from one build directory.
test-bins: $(BIN) $(TEST_BIN) $(REPLAY_BIN) $(BUILD)/tests/fault_save_writer
.PHONY: test-bins

# The suite of one build directory: tests/run_all.sh (every cmocka program, every tests/*_test.sh).
# Rewrites README.md's quoted figures (between its readme-figures markers) from the program;
# tests/readme_figures_test.sh fails when they drift.
readme-figures: $(BIN)
	@PEAKPATH_BIN=$(abspath $(BIN)) sh tests/readme_figures.sh --write

test-suite: test-bins
	@PEAKPATH_BIN=$(abspath $(BIN)) sh tests/run_all.sh $(BUILD)/tests

# `make test`: the normal suite, then the same suite under ASan+UBSan, then valgrind on the engine
# and CLI tests. Every phase runs even when an earlier one failed; the last line adds them up
# ("N passed, N failed", the same form as tests/run_all.sh's closing line).
test: deps-qa
	@$(MAKE) --no-print-directory check test-bins
	@rc=0; set -o pipefail; \
	for phase in test-suite asan valgrind; do \
	  echo "==== make $$phase ===="; \
	  $(MAKE) --no-print-directory $$phase 2>&1 | tee $(BUILD)/test-$$phase.log || rc=1; \
	done; \
	cat $(BUILD)/test-test-suite.log $(BUILD)/test-asan.log $(BUILD)/test-valgrind.log | awk -v rc=$$rc \
	  '/^(valgrind: )?[0-9]+ passed, [0-9]+ failed$$/ { sub(/^valgrind: /, ""); p += $$1; f += $$3; n++ } \
	   END { if ((n < 3 || rc) && f == 0) f = 1; print "all phases (tests, asan, valgrind):"; print p " passed, " f " failed" }'; \
	exit $$rc

# ---- sanitizers ----

ASAN_BUILD  = build-asan
ASAN_FLAGS  = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
# detect_leaks: a definite leak fails the program; tests/lsan.supp lists leaks of system libraries.
ASAN_ENV    = ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1 \
              LSAN_OPTIONS=suppressions=$(abspath tests/lsan.supp):print_suppressions=0 \
              UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# The whole suite (cmocka programs and shell tests, the TUI in tmux included) built with
# -fsanitize=address,undefined in its own build directory.
asan: deps
	@$(MAKE) --no-print-directory BUILD=$(ASAN_BUILD) CFLAGS="-O1 -g" SAN_FLAGS="$(ASAN_FLAGS)" test-bins
	@$(ASAN_ENV) $(MAKE) --no-print-directory BUILD=$(ASAN_BUILD) CFLAGS="-O1 -g" SAN_FLAGS="$(ASAN_FLAGS)" test-suite

# ---- valgrind ----

VALGRIND    = valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
              --show-leak-kinds=definite $(VALGRIND_EXTRA)
VG_WRAP     = $(BUILD)/valgrind/peakpath
# Engine and CLI cmocka programs (not the TUI ones), and the CLI shell tests with peakpath
# itself run under memcheck (through $(VG_WRAP)). Exit code 99 = a memcheck error or a leak.
VG_TESTS    = $(filter-out $(BUILD)/tests/test_tui%,$(TEST_BIN))
VG_SCRIPTS  = tests/cli_test.sh tests/analysis_test.sh tests/bad_corpus_test.sh tests/fuzz_replay_test.sh

$(VG_WRAP): FORCE
	@mkdir -p $(dir $@)
	@printf '#!/bin/sh\n# peakpath under valgrind memcheck (generated by the Makefile)\nexec %s %s "$$@"\n' \
	  "$(VALGRIND)" "$(abspath $(BIN))" > $@.tmp && chmod +x $@.tmp && mv $@.tmp $@

vg-bins: $(BIN) $(VG_TESTS) $(VG_WRAP) $(REPLAY_BIN)
.PHONY: vg-bins

valgrind: deps-qa
	@$(MAKE) --no-print-directory vg-bins
	@pass=0; fail=0; failed=""; export PEAKPATH_BIN=$(abspath $(VG_WRAP)) REPLAY_WRAP="$(VALGRIND)" REPLAY_DIR=$(abspath $(BUILD)/fuzz); \
	for t in $(VG_TESTS); do \
	  echo "[ VALGRIND ] $$t"; \
	  if $(VALGRIND) $$t >$(BUILD)/valgrind/$$(basename $$t).log 2>&1; then pass=$$((pass+1)); \
	  else fail=$$((fail+1)); failed="$$failed $$t"; cat $(BUILD)/valgrind/$$(basename $$t).log; fi; \
	done; \
	for s in $(VG_SCRIPTS); do \
	  [ -f $$s ] || continue; echo "[ VALGRIND ] $$s (peakpath under memcheck)"; \
	  if sh $$s >$(BUILD)/valgrind/$$(basename $$s).log 2>&1; then pass=$$((pass+1)); \
	  else fail=$$((fail+1)); failed="$$failed $$s"; cat $(BUILD)/valgrind/$$(basename $$s).log; fi; \
	done; \
	[ -n "$$failed" ] && echo "valgrind failed:$$failed"; \
	echo "valgrind: $$pass passed, $$fail failed"; [ $$fail -eq 0 ]

# ---- fuzzing (clang libFuzzer) ----

FUZZ_BUILD  = build-fuzz
FUZZ_TIME  ?= 60
FUZZ_FLAGS  = -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FF          = $(abspath $(FUZZ_BUILD))
FUZZ_RUN    = -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
FUZZ_ENV    = ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(abspath tests/lsan.supp) \
              UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# main.c with main() renamed, so a fuzz target (or the replay) can call the whole CLI.
$(BUILD)/fuzz/cli_main.o: main.c fuzz/fuzz_cli.h
	@mkdir -p $(dir $@)
	$(CC) $(PP_CFLAGS) $(NCURSES_CFLAGS) -Dmain=pp_cli_main -include fuzz/fuzz_cli.h -MMD -MP -c $< -o $@

# One rule each for the replays and the libFuzzer targets of fuzz/fuzz_TARGET.c; the CLI target
# also links the whole program (main.c as pp_cli_main and the front ends).
FUZZ_BIN = $(FUZZ_TARGETS:%=$(BUILD)/fuzz/fuzz_%)
$(BUILD)/fuzz/replay_cli $(BUILD)/fuzz/fuzz_cli: $(BUILD)/fuzz/cli_main.o $(APP_LIBOBJ)
# the room scanner and the exporters link the report layer (report/*.c)
$(BUILD)/fuzz/replay_room $(BUILD)/fuzz/fuzz_room $(BUILD)/fuzz/replay_export $(BUILD)/fuzz/fuzz_export: \
  $(REPORT_SRC:%.c=$(BUILD)/%.o)

$(REPLAY_BIN): $(BUILD)/fuzz/replay_%: fuzz/replay.c fuzz/fuzz_%.c fuzz/fuzz_util.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(PP_CFLAGS) $(LDFLAGS) -o $@ $(filter-out %.a,$^) $(LIB) $(APP_LIBS) $(SIM_LIBS)

$(FUZZ_BIN): $(BUILD)/fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_util.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(PP_CFLAGS) -fsanitize=fuzzer -o $@ $(filter-out %.a,$^) $(LIB) $(APP_LIBS) $(SIM_LIBS)

fuzz-build: deps-fuzz
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang CFLAGS="-O1 -g" SAN_FLAGS="$(FUZZ_FLAGS)" \
	  $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz/fuzz_%)

# Runs each target for FUZZ_TIME seconds (default 60): new inputs go to $(FUZZ_BUILD)/corpus/,
# seeds come from fuzz/corpus/, scenarios/ and tests/bad/. A crash stops it with the input saved
# as $(FUZZ_BUILD)/crash-*; copy that into fuzz/regress/TARGET/ so `make test` replays it.
fuzz: fuzz-build
	@mkdir -p $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/corpus/%)
	@set -e; start=$$(date -u +%FT%TZ); \
	$(FUZZ_ENV) $(FUZZ_BUILD)/fuzz/fuzz_scenario $(FUZZ_RUN) -max_total_time=$(FUZZ_TIME) -max_len=16384 \
	  -dict=fuzz/scenario.dict -artifact_prefix=$(FF)/crash-scenario- \
	  $(FF)/corpus/scenario fuzz/corpus/scenario fuzz/corpus/scenario-found scenarios tests/bad \
	  fuzz/regress/scenario; \
	$(FUZZ_ENV) $(FUZZ_BUILD)/fuzz/fuzz_cli $(FUZZ_RUN) -max_total_time=$(FUZZ_TIME) -max_len=8192 \
	  -close_fd_mask=3 -dict=$(abspath fuzz/cli.dict) -artifact_prefix=$(FF)/crash-cli- \
	  $(FF)/corpus/cli $(abspath fuzz/corpus/cli) $(abspath fuzz/regress/cli); \
	for t in room export; do mkdir -p fuzz/regress/$$t; \
	  $(FUZZ_ENV) $(FUZZ_BUILD)/fuzz/fuzz_$$t $(FUZZ_RUN) -max_total_time=$(FUZZ_TIME) -max_len=8192 \
	    -dict=fuzz/$$t.dict -artifact_prefix=$(FF)/crash-$$t- \
	    $(FF)/corpus/$$t fuzz/corpus/$$t fuzz/regress/$$t; done; \
	echo "fuzz: scenario, cli, room and export targets ran $(FUZZ_TIME) s each without a crash (started $$start)"

# ---- install ----

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/scenarios $(DESTDIR)$(MANDIR) $(DESTDIR)$(MANDIR_ZH)
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/peakpath
	install -m 644 $(SCENARIOS) $(DESTDIR)$(DATADIR)/scenarios/
	install -m 644 man/peakpath.1 $(DESTDIR)$(MANDIR)/peakpath.1
	install -m 644 man/zh_CN/man1/peakpath.1 $(DESTDIR)$(MANDIR_ZH)/peakpath.1

# Removes exactly what install put there, then the directories of peakpath's own that are empty.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/peakpath $(DESTDIR)$(MANDIR)/peakpath.1 $(DESTDIR)$(MANDIR_ZH)/peakpath.1
	rm -f $(SCENARIOS:scenarios/%=$(DESTDIR)$(DATADIR)/scenarios/%)
	-rmdir $(DESTDIR)$(DATADIR)/scenarios $(DESTDIR)$(DATADIR) 2>/dev/null || true

# Installs into temporary prefixes and checks the result (tests/install_check.sh).
installcheck: deps deps-man
	@sh tests/install_check.sh

bench: deps
	@$(MAKE) --no-print-directory $(BIN) $(BENCH_BIN)
	./$(BUILD)/bench/bench
	./$(BUILD)/bench/bench_analysis
	./$(BUILD)/bench/bench_tui
	sh bench/bench_cli.sh ./$(BIN)
	sh bench/bench_room.sh ./$(BIN)

# Each bench/bench*.c is one program linking the engine and the front-end objects; the TUI one
# also links the frame benchmark (bench/bench_frame.c), which the product binary does not carry.
BENCH_BIN = $(BUILD)/bench/bench $(BUILD)/bench/bench_analysis $(BUILD)/bench/bench_tui
$(BUILD)/bench/bench_tui: $(BUILD)/bench/bench_frame.o
$(BENCH_BIN): $(BUILD)/bench/%: bench/%.c $(LIB) $(APP_LIBOBJ)
	@mkdir -p $(dir $@)
	$(CC) $(PP_CFLAGS) $(NCURSES_CFLAGS) -o $@ $< $(filter %.o,$^) $(LIB) $(APP_LIBS) $(SIM_LIBS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD) build-install

FORCE:

# test programs are compiled and linked in one step: their header dependencies land in tests/X.d
-include $(SIM_OBJ:.o=.d) $(APP_OBJ:.o=.d) $(TEST_BIN:=.d) $(MAIN_OBJ:.o=.d) $(BUILD)/fuzz/cli_main.d $(BUILD)/bench/bench_frame.d
