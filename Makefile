# whosaid - GNU make build.  `make`, `make check`, `make eval`, `make demo`.
# Everything built goes under $(BUILD) (objects, library, test binaries) and
# bin/ (the commands).  See README.md.

CC      ?= cc
# C++ only for pipeline/hunspell_guard.cc (libhunspell's exceptions);
# CXX is make's default, g++
BUILD   ?= build
BIN     ?= bin
PKGS    := icu-uc icu-i18n hunspell sqlite3 libutf8proc zlib
WERROR  ?= $(if $(CI),-Werror,)
OPT     ?= -O3
SAN     ?=
WARN    := -Wall -Wextra -pedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wcast-qual -Wformat=2 $(WERROR)
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CFLAGS  ?= $(OPT) -g
ALL_CFLAGS := -std=c17 $(WARN) $(CFLAGS) $(SAN) -D_DEFAULT_SOURCE \
           -D_POSIX_C_SOURCE=200809L -DWS_MODELDIR='"$(CURDIR)/models"' \
           -DWS_IMAGEDIR='"$(abspath $(BUILD))/model-images"' \
           -Ipipeline $(PKG_CFLAGS) -MMD -MP
# the C++ flags: the C ones that apply to C++ (no -std=c17 or
# -Wstrict-prototypes, -Wmissing-prototypes: -Wmissing-declarations)
CXX_WARN := -Wall -Wextra -pedantic -Wshadow -Wmissing-declarations \
           -Wcast-qual -Wformat=2 $(WERROR)
ALL_CXXFLAGS := -std=c++17 $(CXX_WARN) $(CFLAGS) $(SAN) -Ipipeline \
           $(PKG_CFLAGS) -MMD -MP
LDLIBS  := $(PKG_LIBS) -lstdc++ -lpthread -lm
LDFLAGS += $(SAN)

LIB_SRC   := $(wildcard pipeline/*.c)
LIB_CXX   := $(wildcard pipeline/*.cc)
LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/%.o) $(LIB_CXX:%.cc=$(BUILD)/%.o)
CMD_SRC   := $(filter-out stages/tokenize.c stages/ner.c stages/stance.c \
                stages/whosaid.c,$(wildcard stages/*.c))
CMD_OBJ   := $(CMD_SRC:%.c=$(BUILD)/%.o)
MAINS     := tokenize ner stance whosaid
BINS      := $(MAINS:%=$(BIN)/%)
UNIT_SRC  := $(wildcard tests/unit/test_*.c)
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
LIB       := $(BUILD)/libws.a
# the tagger models' images (pipeline/tagger.c: read instead of inflating
# the model when they are of that very file)
IMAGES    := $(patsubst models/%,$(BUILD)/model-images/%.img,\
               $(wildcard models/*/ner.model)) $(BUILD)/model-images/fingerprint

.PHONY: all check eval demo bench bench-corpus sanitize valgrind fuzz \
        fuzz-replay stress format format-check clean deps
all: $(BINS) $(IMAGES)

# The compile lines an object was built with, in $(BUILD)/flags: a build
# tree made with other flags (another OPT, CFLAGS or SAN) is recompiled
# whole instead of mixing objects of both (-Werror, CI's, changes no
# object and is left out).
FLAGS_NOW := $(filter-out -Werror,$(CC) $(ALL_CFLAGS) | $(CXX) $(ALL_CXXFLAGS))
ifneq ($(file <$(BUILD)/flags),$(FLAGS_NOW))
$(shell mkdir -p $(BUILD))
$(file >$(BUILD)/flags,$(FLAGS_NOW))
endif

$(BUILD)/%.o: %.c $(BUILD)/flags
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/%.o: %.cc $(BUILD)/flags
	@mkdir -p $(dir $@)
	$(CXX) $(ALL_CXXFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN)/%: $(BUILD)/stages/%.o $(CMD_OBJ) $(LIB)
	@mkdir -p $(BIN)
	$(CC) $(LDFLAGS) -o $@ $< $(CMD_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/model-images/%.img: models/% $(BIN)/whosaid
	@mkdir -p $(dir $@)
	$(BIN)/whosaid tagger-image $< $@

# the model directory's fingerprint (models.c), and what it was of
$(BUILD)/model-images/fingerprint: $(wildcard models/*/*) $(BIN)/whosaid
	@mkdir -p $(dir $@)
	$(BIN)/whosaid models-fingerprint models $@

$(BUILD)/tests/%: tests/unit/%.c $(CMD_OBJ) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests $(LDFLAGS) -o $@ $< $(CMD_OBJ) $(LIB) $(LDLIBS)

FUZZ_SRC  := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN  := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/fuzz/%)

# fuzz targets linked with the replay main (any compiler; built in every
# BUILD, so `make sanitize` replays them under ASan/UBSan)
$(BUILD)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h tests/fuzz/replay_main.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/fuzz $(LDFLAGS) -o $@ $< tests/fuzz/replay_main.c $(LIB) $(LDLIBS)

# Installs missing Debian packages (as root) or prints the apt-get line.
deps:
	@sh tests/deps.sh

check: $(BINS) $(IMAGES) $(UNIT_BIN) $(FUZZ_BIN)
	@BUILD=$(BUILD) BIN=$(BIN) RUN="$(RUN)" sh tests/run.sh

eval: $(BINS) $(IMAGES)
	@BIN=$(BIN) sh tests/eval.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@sh tests/demo.sh

bench: $(BINS) $(IMAGES)
	@BUILD=$(BUILD) BIN=$(BIN) sh bench/bench.sh

bench-corpus: $(BINS)
	@BUILD=$(BUILD) BIN=$(BIN) sh bench/bench-corpus.sh

sanitize:
	$(MAKE) BUILD=build-san BIN=build-san/bin OPT=-O1 \
	  SAN='-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' check

# replays the seed corpora and the regressions (fast; part of check)
fuzz-replay: $(FUZZ_BIN)
	@BUILD=$(BUILD) RUN="$(RUN)" sh tests/fuzz/run.sh --replay

# libFuzzer: clang -fsanitize=fuzzer,address,undefined over build-fuzz/;
# each target runs FUZZ_SECONDS (default 30; CI=1: about 60 s in all)
fuzz:
	@sh tests/fuzz/run.sh

# heavy hostile input and the 5 GB stream (STRESS_GB=5), not in check
stress: $(BINS)
	@BIN=$(BIN) sh tests/stress.sh

valgrind: $(BINS) $(FUZZ_BIN)
	@BUILD=$(BUILD) BIN=$(BIN) RUN='valgrind -q --error-exitcode=1' GOLDEN_ONLY=1 sh tests/run.sh
	@BUILD=$(BUILD) RUN='valgrind -q --error-exitcode=1 --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite' FUZZ_REPLAY_SECONDS=900 sh tests/fuzz/run.sh --replay

format:
	clang-format -i pipeline/*.[ch] pipeline/*.cc stages/*.[ch] tests/unit/*.[ch]

format-check:
	clang-format --dry-run -Werror pipeline/*.[ch] pipeline/*.cc stages/*.[ch] \
	  tests/unit/*.[ch]

clean:
	rm -rf build build-san build-fuzz build-fuzz.log bin

# (the unit tests' own: a change to tests/test.h or tests/unit/*.h rebuilds
# the tests that include it)
-include $(LIB_OBJ:.o=.d) $(CMD_OBJ:.o=.d) $(BINS:$(BIN)/%=$(BUILD)/stages/%.d) \
  $(UNIT_BIN:=.d) $(FUZZ_BIN:=.d)
