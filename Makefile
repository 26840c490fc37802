# The README's two commands are ./make.sh run and ./make.sh test: make.sh
# installs what is missing (make included) and then runs this Makefile.
#   make run            build, start antler
#   make test           build, run every test with ctest
#   make format         apply .clang-format to the tree (format-check: only check)
#   make package        build, then the .deb in BUILD: antler_<version>_<arch>.deb
#   make test FRESH=1   first remove every piece of state earlier test runs
#                       left on this machine (scripts/clean-test-state.sh)
BUILD ?= build
JOBS ?= $(shell nproc)
FRESH ?=

.PHONY: run test build deps deps-run configure bench clean fresh format format-check package

deps:
	@scripts/install-deps.sh test

deps-run:
	@scripts/install-deps.sh run

fresh:
	@scripts/clean-test-state.sh $(BUILD)

configure:
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null

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
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

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

format:
	@scripts/format-check.sh --fix

format-check:
	@scripts/format-check.sh

clean:
	rm -rf $(BUILD)
