// swift-tools-version: 6.0
import PackageDescription

// A package that uses APIDocGen the way a user would: reference pages dropped into a target,
// Swift clients generated at build time by the plugin.
let package = Package(
    name: "PluginConsumer",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "APIDocGen", path: "../..")
    ],
    targets: [
        .target(
            name: "LeaveRecords",
            dependencies: [.product(name: "APIDocRuntime", package: "APIDocGen")],
            plugins: [.plugin(name: "APIDocGenPlugin", package: "APIDocGen")]
        ),
        .testTarget(
            name: "LeaveRecordsTests",
            dependencies: ["LeaveRecords", .product(name: "APIDocRuntime", package: "APIDocGen")]
        ),
    ]
)
