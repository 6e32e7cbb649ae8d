// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for APIDocGen's front ends, kept out of the package users depend on.
// Built and run by Scripts/fuzz (libFuzzer with AddressSanitizer):
//   swift build -c release --product ParserFuzz --sanitize=fuzzer \
//       -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
let package = Package(
    name: "APIDocGenFuzz",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ParserFuzz", targets: ["ParserFuzz"]),
        .executable(name: "GeneratorFuzz", targets: ["GeneratorFuzz"]),
    ],
    dependencies: [
        .package(name: "APIDocGen", path: "../..")
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
    ]
)
