# The README's two commands are ./make.sh run and ./make.sh test: make.sh
# installs what is missing (make included) and then runs this Makefile.
#   make run            build, start antler
#   make test           build, run every test with ctest (but the longest on the
#                       Pi stand-in VM, label vm-long), then sanitized-units
#                       (CI runs this; SANITIZED_UNITS=0 skips the sanitized step)
#   make test-vm        every test on the booted Pi stand-in VM (label vm): also
#                       the wizard's native build and deploy on it
#   make format         apply .clang-format to the tree (format-check: only check)
#   make package        build, then the .deb in BUILD: antler_<version>_<arch>.deb
#   make test FRESH=1   first remove every piece of state earlier test runs
#                       left on this machine (scripts/clean-test-state.sh)
#   make test SANITIZE=1  the same suite built with ASan + UBSan (build-asan/)
#   make sanitized-units  only its unit tests and fuzz regressions (label unit)
#   make fuzz           libFuzzer on every parser, FUZZ_SECONDS (60) each
#   make tsan           the threaded tests under ThreadSanitizer (build-tsan/)
#   make lint           clang-tidy and cppcheck over the project's own code
SANITIZE ?=
ifneq ($(SANITIZE),)
BUILD ?= build-asan
SANITIZERS := address,undefined
# Leaks fail the run; the suppressions name only Qt's, libssh's and OpenSSL's
# own allocations, each with its reason (tests/sanitizers/).
export ASAN_OPTIONS ?= detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS ?= suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS ?= print_stacktrace=1:halt_on_error=1:suppressions=$(CURDIR)/tests/sanitizers/ubsan.supp
endif
BUILD ?= build
# Where sanitized-units builds, whatever BUILD says: a BUILD given on the
# command line reaches the sub-make too, and must never turn the plain tree
# into a sanitized one.
ASAN_BUILD ?= build-asan
SANITIZED_UNITS ?= 1
SANITIZERS ?=
JOBS ?= $(shell nproc)
FRESH ?=

.PHONY: run test sanitized-units build deps deps-run configure bench clean fresh format format-check package test-vm fuzz tsan lint

deps:
	@scripts/install-deps.sh test

deps-run:
	@scripts/install-deps.sh run

fresh:
	@scripts/clean-test-state.sh $(BUILD)

# A sanitized build is -O1 with line tables only: what ASan recommends, and
# a lighter compile than -O2 -g; stack traces keep file:line.
configure:
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DANTLER_SANITIZE=$(SANITIZERS) \
		$(if $(SANITIZERS),"-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1") > /dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: deps-run
	@$(MAKE) --no-print-directory build
	@$(BUILD)/gui/antler

test:
ifneq ($(FRESH),)
	@$(MAKE) --no-print-directory fresh
endif
	@$(MAKE) --no-print-directory deps build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE '^(vm-long|arm64)$$'
ifeq ($(SANITIZE),)
ifneq ($(SANITIZED_UNITS),0)
	@$(MAKE) --no-print-directory sanitized-units
endif
endif

# The unit tests and fuzz regressions (label unit) built with ASan + UBSan in
# build-asan/; make test runs it after the plain suite, so CI does too.
sanitized-units:
ifeq ($(SANITIZE),)
	@$(MAKE) --no-print-directory sanitized-units SANITIZE=1 BUILD=$(ASAN_BUILD)
else
	@$(MAKE) --no-print-directory configure
	@scripts/sanitized-units.sh $(BUILD) $(JOBS)
endif

# The booted Pi stand-in (qemu under TCG): its image takes 15-25 minutes to
# build on a fresh machine (make test builds it too, for the short VM tests)
# and the native build on it half an hour more, so the test labelled
# vm-long runs on request, here with the others.
test-vm: deps build
	@cd $(BUILD) && ctest --output-on-failure -L '^vm$$'

package: deps-run
	@$(MAKE) --no-print-directory build
	@cd $(BUILD) && cpack -G DEB

bench: deps build
	@tests/bench/http_bench.sh $(BUILD)
	@tests/bench/ssh_bench.sh $(BUILD)
	@tests/bench/health_bench.sh $(BUILD)
	@tests/bench/playbook_bench.sh $(BUILD)
	@tests/bench/rollout_bench.sh $(BUILD)
	@QT_QPA_PLATFORM=offscreen $(BUILD)/tests/bench/logview_bench

fuzz: deps
	@JOBS=$(JOBS) scripts/fuzz.sh

tsan: deps
	@scripts/tsan.sh

lint: deps
	@scripts/lint.sh $(BUILD)

format:
	@scripts/format-check.sh --fix

format-check:
	@scripts/format-check.sh

clean:
	rm -rf $(BUILD)
