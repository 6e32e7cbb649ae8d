import ArgumentParser

@main
struct APIDocGenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apidocgen",
        abstract: "Turns Feishu/Lark and DingTalk reference pages into typed Swift clients.",
        subcommands: [Generate.self, Dump.self, Lint.self, Sweep.self, Benchmark.self]
    )
}
