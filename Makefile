# The two commands of the README:
#   make run    install what is missing, build, start antler
#   make test   install what is missing, build, run every test with ctest
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: run test build deps configure bench clean

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@$(BUILD)/gui/antler

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	@tests/bench/http_bench.sh $(BUILD)
	@tests/bench/ssh_bench.sh $(BUILD)
	@tests/bench/health_bench.sh $(BUILD)
	@tests/bench/playbook_bench.sh $(BUILD)
	@tests/bench/rollout_bench.sh $(BUILD)

clean:
	rm -rf $(BUILD)
