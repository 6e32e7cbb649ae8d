// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for APIDocGen's front ends (pages, and the runtime's reading of answers), kept out of the package users depend on.
// Built and run by Scripts/fuzz (libFuzzer with AddressSanitizer):
//   swift build -c release --product ParserFuzz --sanitize=fuzzer \
//       -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
let package = Package(
    name: "APIDocGenFuzz",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ParserFuzz", targets: ["ParserFuzz"]),
        .executable(name: "GeneratorFuzz", targets: ["GeneratorFuzz"]),
        .executable(name: "AnswerFuzz", targets: ["AnswerFuzz"]),
    ],
    dependencies: [
        .package(name: "APIDocGen", path: "../.."),
        // The answer's head, which the runtime's conventions read beside its body.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        // Bytes → endpoint model → `apidocgen dump`'s JSON.
        .executableTarget(
            name: "ParserFuzz",
            dependencies: [
                .product(name: "APIDocParser", package: "APIDocGen"),
                .product(name: "APIDocModel", package: "APIDocGen"),
            ]
        ),
        // Bytes → endpoint model → Swift files in memory.
        .executableTarget(
            name: "GeneratorFuzz",
            dependencies: [
                .product(name: "APIDocParser", package: "APIDocGen"),
                .product(name: "APIDocEmitter", package: "APIDocGen"),
                .product(name: "APIDocModel", package: "APIDocGen"),
            ]
        ),
        // Bytes as a server's answer → the shipped clients' response types.
        .executableTarget(
            name: "AnswerFuzz",
            dependencies: [
                .product(name: "APIDocRuntime", package: "APIDocGen"),
                .product(name: "FeishuAPI", package: "APIDocGen"),
                .product(name: "DingTalkAPI", package: "APIDocGen"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ]
)
