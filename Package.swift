// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Assay",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "assay", targets: ["assay"]),
        .library(name: "AssayCore", targets: ["AssayCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.27.0"),
    ],
    targets: [
        // libxml2's HTML parser, through the system library (libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Linux calls Glibc's Swift module does not show (syncfs).
        .target(name: "CAssaySystem", path: "Sources/CAssaySystem"),
        // HTTP through libcurl's easy interface, every limit enforced inside the transfer (libcurl4-openssl-dev).
        .target(name: "CAssayFetch", path: "Sources/CAssayFetch", linkerSettings: [.linkedLibrary("curl")]),
        // Hot loops in C where a CPU feature pays (MinHash on AVX-512, chosen at run time).
        .target(name: "CAssayKernels", path: "Sources/CAssayKernels"),
        // Pure pipeline: bytes in, records out. No file system, network or clock.
        .target(
            name: "AssayCore",
            dependencies: [
                "CLibXML2",
                "CAssayKernels",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The state store (ledger, fingerprints). Grows with the de-duplication issue.
        .target(
            name: "AssayStore",
            dependencies: [
                "AssayCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Effects at the edge: reading inputs, writing records, logging.
        .target(
            name: "AssayDaemon",
            dependencies: [
                "AssayCore",
                "CAssaySystem",
                "CAssayFetch",
                "AssayStore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        // The state store on PostgreSQL (postgres-nio), for several daemons on one de-duplication index;
        // the decisions are AssayStore's, shared with SQLite.
        .target(
            name: "AssayPostgres",
            dependencies: [
                "AssayCore", "AssayStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The opt-in HTTP listener for /metrics and /health (Hummingbird), apart so that only the
        // executable carries SwiftNIO: the fuzz build and the core's tests do not.
        .target(
            name: "AssayListener",
            dependencies: [
                "AssayDaemon",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "assay",
            dependencies: [
                "AssayCore",
                "AssayDaemon",
                "AssayListener",
                "AssayPostgres",
                "AssayStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "AssayBench",
            dependencies: ["AssayCore", "AssayDaemon", "AssayStore", "AssayPostgres", "AssayTestSupport"],
            path: "Benchmarks/AssayBench"
        ),
        // Fuzz targets: a corpus replayer in ordinary builds, libFuzzer's entry when `scripts/fuzz`
        // builds it with -sanitize=fuzzer -DFUZZING.
        .executableTarget(
            name: "AssayFuzz",
            dependencies: ["AssayCore", "AssayDaemon"],
            path: "Fuzz/AssayFuzz"
        ),
        .target(
            name: "AssayTestSupport",
            dependencies: ["AssayCore", "AssayDaemon"],
            path: "Tests/AssayTestSupport"
        ),
        .testTarget(
            name: "AssayCoreTests",
            dependencies: ["AssayCore", "AssayDaemon", "AssayTestSupport"]
        ),
        .testTarget(
            name: "AssayIntegrationTests",
            dependencies: ["AssayCore", "AssayDaemon", "AssayStore", "AssayPostgres", "AssayTestSupport", "assay"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
