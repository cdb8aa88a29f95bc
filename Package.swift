// swift-tools-version:6.0
// Copydesk: a language server for news articles.
// Layers (dependencies point down only):
//   copydesk (executable) ─▶ CopydeskServer ─▶ LanguageServerProtocol ─▶ JSONRPC
//                                         └──▶ CorpusAnalysis ─▶ ArticleAnalysis
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Copydesk",
    products: [
        .executable(name: "copydesk", targets: ["copydesk"]),
    ],
    targets: [
        // One article as text: segmentation, quotes, time expressions, mentions. No I/O, no LSP.
        .target(name: "ArticleAnalysis", swiftSettings: strict),
        // The whole corpus: cross-article entities, claims, conflicts, editor queries as plain structs.
        .target(name: "CorpusAnalysis", dependencies: ["ArticleAnalysis"], swiftSettings: strict),
        // JSON values and JSON-RPC 2.0 framing over byte streams. Knows nothing of articles or LSP.
        .target(name: "JSONRPC", swiftSettings: strict),
        // The LSP 3.17 types the server uses, Codable, one file per message family.
        .target(name: "LanguageServerProtocol", dependencies: ["JSONRPC"], swiftSettings: strict),
        // LSP lifecycle, documents, workspace files, positions, publishing.
        .target(
            name: "CopydeskServer",
            dependencies: ["CorpusAnalysis", "JSONRPC", "LanguageServerProtocol"],
            swiftSettings: strict),
        .executableTarget(
            name: "copydesk", dependencies: ["CopydeskServer", "CorpusAnalysis"], swiftSettings: strict),

        // Accuracy evaluation against ../shared/eval (the data folder is always an argument).
        .executableTarget(
            name: "copydesk-eval", dependencies: ["CorpusAnalysis", "ArticleAnalysis", "CopydeskServer"], swiftSettings: strict),

        // Benchmarks (timing lives here, never in tests). Run with `-c release`.
        .executableTarget(
            name: "copydesk-bench", dependencies: ["CorpusAnalysis", "ArticleAnalysis", "CopydeskServer", "JSONRPC"], swiftSettings: strict),

        // Fuzz targets. A normal build replays kept inputs; scripts/fuzz builds them with libFuzzer.
        .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "fuzz-framing", dependencies: ["JSONRPC", "FuzzSupport"], path: "Fuzz/fuzz-framing"),
        .executableTarget(name: "fuzz-edits", dependencies: ["CopydeskServer", "LanguageServerProtocol", "FuzzSupport"], path: "Fuzz/fuzz-edits"),
        .executableTarget(
            name: "fuzz-analysis", dependencies: ["ArticleAnalysis", "CorpusAnalysis", "FuzzSupport"], path: "Fuzz/fuzz-analysis"),

        // Fixture markers and checks shared by the test targets (not part of the product).
        .target(name: "CopydeskTestSupport", dependencies: ["ArticleAnalysis", "CorpusAnalysis"], swiftSettings: strict),

        .testTarget(name: "ArticleAnalysisTests", dependencies: ["ArticleAnalysis", "CopydeskTestSupport"]),
        .testTarget(name: "CorpusAnalysisTests", dependencies: ["CorpusAnalysis", "ArticleAnalysis", "CopydeskTestSupport"]),
        .testTarget(name: "JSONRPCTests", dependencies: ["JSONRPC"]),
        .testTarget(
            name: "CopydeskServerTests",
            dependencies: ["CopydeskServer", "JSONRPC", "LanguageServerProtocol", "CorpusAnalysis"]),
    ]
)
