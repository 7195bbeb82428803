# Assay: one entry point for a fresh machine. Run as root (or with sudo) the first time so the
# missing system packages can be installed.
SYSTEM_PACKAGES := pkg-config libxml2-dev libsqlite3-dev libcurl4-openssl-dev
SWIFT ?= swift
OUT ?= out

.PHONY: deps build run test bench clean

deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

## The main job: every seed article becomes a JSON record in $(OUT)/records.
run: build
	.build/debug/assay ingest seeds --out $(OUT)/records
	@echo "records in $(OUT)/records:" && ls $(OUT)/records

test: deps
	$(SWIFT) test

## Extraction speed on the seeds and dev corpus, and body quality on ../shared/extraction-benchmark.
bench: deps
	$(SWIFT) build -c release --product AssayBench
	.build/release/AssayBench throughput seeds $(wildcard ../shared/dev-corpus/files)
	@if [ -d ../shared/extraction-benchmark ]; then .build/release/AssayBench quality ../shared/extraction-benchmark; fi

clean:
	rm -rf .build $(OUT)
