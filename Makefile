# Assay: one entry point for a fresh machine. Run as root (or with sudo) the first time so the
# missing system packages can be installed.
SYSTEM_PACKAGES := pkg-config libxml2-dev libsqlite3-dev libcurl4-openssl-dev jq postgresql
SWIFT ?= swift
OUT ?= out

RUN ?= run
## Measurement sets gathered outside the repository (third-party text): see Benchmarks/data/README.md.
GATHERED ?= ../gathered

.PHONY: deps build run daemon test bench fuzz taxonomy golden clean

deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing" >&2; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >&2; \
	fi

## Build output goes to stderr: stdout carries only the daemon's log, so `make daemon | jq …` works.
build: deps
	@$(SWIFT) build >&2

## A daemon still holding $(RUN)'s state store (`make daemon` in another terminal) stops `make run`
## from deleting the folders under it.
LIVE_DAEMON_CHECK = if [ -e $(RUN)/assay-state.sqlite.lock ] && ! flock -n $(RUN)/assay-state.sqlite.lock true; then \
	echo "a daemon is running on $(RUN)/ (pid $$(cat $(RUN)/assay-state.sqlite.lock)); stop it first (Ctrl-C in its terminal)" >&2; exit 1; fi

## The main job: the daemon (`assay run`, config/assay.toml) takes the seeds dropped into a fresh
## $(RUN)/inbox, logs each as it becomes a record in $(RUN)/records, and stops once they are done.
run: build
	@$(LIVE_DAEMON_CHECK)
	@rm -rf $(RUN) && mkdir -p $(RUN)/inbox && cp seeds/* $(RUN)/inbox/
	@.build/debug/assay run --config config/assay.toml --exit-when-idle
	@echo "records in $(RUN)/records:" >&2 && ls $(RUN)/records >&2

## The daemon in the foreground, watching $(RUN)/inbox until Ctrl-C: drop files there from another terminal.
daemon: build
	@mkdir -p $(RUN)/inbox
	@.build/debug/assay run --config config/assay.toml

test: deps
	$(SWIFT) test

## First the daemon and `ingest` beside the Python peer on the same 5,000 generated files (3 runs;
## before the big drains, whose deletions slow file creation on ext4 for minutes). Then pipeline
## speed on the seeds and dev corpus (with and without facts, then the fact finder alone, then the daemon draining them with
## facts and without), classification speed on 4 KB articles, body quality on
## ../shared/extraction-benchmark, store admit cost at 10k and 1M stored (about 7 minutes), the
## daemon draining 100,000 files (throughput, CPU per doc, peak RSS and RSS through the drain) and
## its idle latency, fetch-and-process throughput against a loopback server, PostgreSQL (admit cost
## at 100k stored; 5,000 files drained on SQLite, on PostgreSQL by one and by two daemons), and the
## benchmark pages' records against the saved golden ones (`AssayBench golden --update` saves them).
bench: deps
	$(SWIFT) build -c release --product AssayBench
	$(SWIFT) build -c release --product assay
	@if [ -x ../shared/peer/setup.sh ]; then ../shared/peer/setup.sh && .build/release/AssayBench peer 5000 3 .build/release/assay ../shared/peer/peer_pipeline.py; else echo "peer: ../shared/peer missing"; fi
	.build/release/AssayBench throughput seeds $(wildcard ../shared/dev-corpus/files)
	@if [ -d ../shared/extraction-benchmark ]; then echo "throughput on the 181 real pages:"; .build/release/AssayBench throughput ../shared/extraction-benchmark/html; fi
	.build/release/AssayBench facts seeds $(wildcard ../shared/dev-corpus/files)
	.build/release/AssayBench daemon-facts 40 7 .build/release/assay seeds $(wildcard ../shared/dev-corpus/files)
	.build/release/AssayBench classify $(firstword $(wildcard ../shared/dev-corpus/articles.jsonl) Tests/Fixtures/articles.jsonl)
	@if [ -d ../shared/extraction-benchmark ]; then .build/release/AssayBench quality ../shared/extraction-benchmark; fi
	@if [ -d $(GATHERED)/htmldate/pages ]; then .build/release/AssayBench pages $(GATHERED)/htmldate/pages; else echo "pages: $(GATHERED)/htmldate/pages missing (Benchmarks/data/README.md)"; fi
	@if [ -d $(GATHERED)/labels/texts ]; then .build/release/AssayBench labels $(GATHERED)/labels/texts; else echo "labels: $(GATHERED)/labels/texts missing (Benchmarks/data/README.md)"; fi
	@if [ -d $(GATHERED)/pairs/texts ]; then .build/release/AssayBench reprints $(GATHERED)/pairs/texts; else echo "reprints: $(GATHERED)/pairs/texts missing (Benchmarks/data/README.md)"; fi
	.build/release/AssayBench store 10000 1000000
	.build/release/AssayBench drain 100000 200 .build/release/assay
	.build/release/AssayBench fetch 2000 .build/release/assay
	.build/release/AssayBench store 100000 --postgres
	.build/release/AssayBench shared 5000 3 .build/release/assay
	@if [ -d ../shared/extraction-benchmark ]; then .build/release/AssayBench golden ../shared/extraction-benchmark; fi

## Fuzz every input parser for 10 minutes each (scripts/fuzz; crashes fail it).
fuzz: deps
	scripts/fuzz 600

## Take new golden records (Tests/Fixtures/golden) after an intended change of behaviour; commit them on their own.
golden: deps
	ASSAY_UPDATE_GOLDEN=1 $(SWIFT) test --filter GoldenRecordTests

## Rebuild the built-in taxonomy (Swift source) from config/industries.toml.
taxonomy:
	@{ printf '/// The built-in taxonomy: the same text as `config/industries.toml` (a test keeps them equal), so\n/// Assay classifies with no config file at all.\nenum DefaultTaxonomy {\n    static let toml = #"""\n'; \
	  cat config/industries.toml; printf '\n"""#\n}\n'; } > Sources/AssayDaemon/Config/DefaultTaxonomy.swift

## Rebuild the built-in gazetteer (Swift source) from config/gazetteer.toml.
gazetteer:
	@{ printf '/// The built-in gazetteer: the same text as `config/gazetteer.toml` (a test keeps them equal), so\n/// Assay finds supply-chain facts with no config file at all.\nenum DefaultGazetteer {\n    static let toml = #"""\n'; \
	  cat config/gazetteer.toml; printf '\n"""#\n}\n'; } > Sources/AssayDaemon/Config/DefaultGazetteer.swift

clean:
	rm -rf .build $(OUT) $(RUN)
