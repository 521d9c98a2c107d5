# peakpath - plain Makefile. `make run` and `make test` are the whole set-up on a fresh Debian
# machine: both first install the Debian packages the build needs (apt-get, with sudo when not root).

CC       ?= cc
BUILD    ?= build
PKGS      = libgsl-dev libiniparser-dev libncurses-dev libcmocka-dev libjansson-dev pkg-config tmux
WARN      = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes
CFLAGS   ?= -O2 -g
CFLAGS   += -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) -I/usr/include/iniparser $(EXTRA_CFLAGS)
NCURSES_CFLAGS = $(shell pkg-config --cflags ncursesw 2>/dev/null)
NCURSES_LIBS   = $(shell pkg-config --libs ncursesw 2>/dev/null || echo -lncursesw)
SIM_LIBS  = -lgsl -lgslcblas -liniparser -lm
APP_LIBS  = $(NCURSES_LIBS) -ljansson
TEST_LIBS = -lcmocka

SIM_SRC   = $(wildcard sim/*.c)
SIM_OBJ   = $(SIM_SRC:%.c=$(BUILD)/%.o)
APP_SRC   = $(wildcard cli/*.c tui/*.c)
APP_OBJ   = $(APP_SRC:%.c=$(BUILD)/%.o)
APP_LIBOBJ= $(filter-out $(BUILD)/cli/main.o,$(APP_OBJ))
TEST_SRC  = $(wildcard tests/test_*.c)
TEST_BIN  = $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
LIB       = $(BUILD)/libpeakpath.a
BIN       = $(BUILD)/peakpath
DEFAULT_SCENARIO = scenarios/chongqing-baseline.ini

.PHONY: all deps run test check bench clean
all: $(BIN)

# Installs only what is missing, so it is quick when everything is there.
deps:
	@missing=""; for p in $(PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(NCURSES_CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(SIM_OBJ)
	@mkdir -p $(dir $@)
	ar rcs $@ $^

$(BIN): $(APP_OBJ) $(LIB)
	$(CC) $(CFLAGS) -o $@ $(APP_OBJ) $(LIB) $(APP_LIBS) $(SIM_LIBS)

# Each tests/test_X.c is one cmocka program; it links the engine and the front-end objects (not main).
$(BUILD)/tests/%: tests/%.c $(LIB) $(APP_LIBOBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(NCURSES_CFLAGS) -Isim -o $@ $< $(APP_LIBOBJ) $(LIB) $(TEST_LIBS) $(APP_LIBS) $(SIM_LIBS)

run: deps
	@$(MAKE) --no-print-directory $(BIN)
	./$(BIN) $(DEFAULT_SCENARIO)

# Layering rule: the engine never prints, exits or draws.
check:
	@if grep -nE '\b(printf|fprintf|puts|putchar|exit|abort)[[:space:]]*\(|curses\.h' sim/*.c sim/*.h; then \
	  echo "sim/ must not print, exit or use curses (see STYLE.md)"; exit 1; fi
	@echo "layering check passed"

test: deps
	@$(MAKE) --no-print-directory check $(BIN) $(TEST_BIN)
	@PEAKPATH_BIN=$(abspath $(BIN)) sh tests/run_all.sh $(BUILD)/tests

bench: deps
	@$(MAKE) --no-print-directory $(BIN) $(BUILD)/bench/bench $(BUILD)/bench/bench_analysis $(BUILD)/bench/bench_tui
	./$(BUILD)/bench/bench
	./$(BUILD)/bench/bench_analysis
	./$(BUILD)/bench/bench_tui
	sh bench/bench_cli.sh ./$(BIN)

$(BUILD)/bench/bench_analysis: bench/bench_analysis.c $(LIB) $(APP_LIBOBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(NCURSES_CFLAGS) -Isim -o $@ $< $(APP_LIBOBJ) $(LIB) $(APP_LIBS) $(SIM_LIBS)

$(BUILD)/bench/bench_tui: bench/bench_tui.c $(LIB) $(APP_LIBOBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(NCURSES_CFLAGS) -Isim -o $@ $< $(APP_LIBOBJ) $(LIB) $(APP_LIBS) $(SIM_LIBS)

$(BUILD)/bench/bench: bench/bench.c $(LIB) $(APP_LIBOBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(NCURSES_CFLAGS) -Isim -o $@ $< $(APP_LIBOBJ) $(LIB) $(APP_LIBS) $(SIM_LIBS)

clean:
	rm -rf $(BUILD)

-include $(SIM_OBJ:.o=.d) $(APP_OBJ:.o=.d)
