// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "APIDocGen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "apidocgen", targets: ["apidocgen"]),
        .library(name: "APIDocModel", targets: ["APIDocModel"]),
        .library(name: "APIDocParser", targets: ["APIDocParser"]),
        .library(name: "APIDocEmitter", targets: ["APIDocEmitter"]),
        .library(name: "APIDocRuntime", targets: ["APIDocRuntime"]),
        .library(name: "FeishuAPI", targets: ["FeishuAPI"]),
        .library(name: "DingTalkAPI", targets: ["DingTalkAPI"]),
        .plugin(name: "APIDocGenPlugin", targets: ["APIDocGenPlugin"]),
        .plugin(name: "GenerateClients", targets: ["GenerateClients"]),
    ],
    dependencies: [
        // The CLI's subcommands and flags.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Logic-less templates: the emitter's layout lives in Templates/*.mustache.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // ClientTransport/ClientMiddleware, so every existing transport plugs into generated clients.
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        // URLSession as the default transport of generated clients.
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.0.0"),
        // One redacted debug line per call.
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        // Tests only: the loopback HTTP server the conformance suite talks to.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // `swift package generate-documentation`: DocC for the runtime and the shipped clients.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "APIDocModel"),
        .target(
            name: "APIDocParser",
            dependencies: ["APIDocModel", "CCMark", "CLibXML2"]
        ),
        .target(
            name: "APIDocEmitter",
            dependencies: [
                "APIDocModel",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")]
        ),
        .executableTarget(
            name: "apidocgen",
            dependencies: [
                "APIDocModel",
                "APIDocParser",
                "APIDocEmitter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "APIDocRuntime",
            dependencies: [
                "APIDocModel",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "FeishuAPI",
            dependencies: ["APIDocRuntime"],
            path: "Generated/Feishu"
        ),
        .target(
            name: "DingTalkAPI",
            dependencies: ["APIDocRuntime"],
            path: "Generated/DingTalk"
        ),
        .plugin(
            name: "APIDocGenPlugin",
            capability: .buildTool(),
            dependencies: ["apidocgen"]
        ),
        .plugin(
            name: "GenerateClients",
            capability: .command(
                intent: .custom(
                    verb: "generate-clients",
                    description: "Regenerate Generated/ from the pages in specs/."
                ),
                permissions: [
                    .writeToPackageDirectory(reason: "Rewrites the checked-in clients in Generated/.")
                ]
            ),
            dependencies: ["apidocgen"]
        ),
        .testTarget(
            name: "APIDocParserTests",
            // CCMark: a test tells which libcmark it runs against.
            dependencies: ["APIDocParser", "APIDocModel", "CCMark"],
            exclude: ["Goldens"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "APIDocEmitterTests",
            // The runtime is built for the tests that compile generated code against it.
            dependencies: ["APIDocEmitter", "APIDocParser", "APIDocModel", "APIDocRuntime"]
        ),
        .testTarget(
            name: "GeneratedClientTests",
            dependencies: [
                "FeishuAPI", "DingTalkAPI", "APIDocRuntime", "APIDocParser", "APIDocModel",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
    ]
)
