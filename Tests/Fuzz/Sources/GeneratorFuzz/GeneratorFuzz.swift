import APIDocEmitter
import APIDocModel
import APIDocParser

private let emitter: SwiftClientEmitter = {
    do {
        return SwiftClientEmitter(templates: try .bundled())
    } catch {
        fatalError("the bundled templates do not load: \(error)")
    }
}()

/// One libFuzzer input: any bytes, read as a page and generated into Swift files in memory.
///
/// Besides crashes and memory errors, a failure is a page that yields no file, or a warning that
/// names no line of the page.
@_cdecl("LLVMFuzzerTestOneInput")
public func generatorFuzzInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let document = DocumentParser().parse(bytes: bytes, file: "fuzz.md")
    var warnings: [Diagnostic] = []
    let files = emitter.files(for: document, pages: ["fuzz.md"]) { warnings.append($0) }
    let expected = ["fuzz.swift", SwiftClientEmitter.namespacesFileName, SwiftClientEmitter.sharedTypesFileName]
    guard files.map(\.name) == expected else {
        fatalError("expected \(expected), got \(files.map(\.name))")
    }
    for warning in warnings where warning.line < 1 {
        fatalError("a warning names no line of the page: \(warning)")
    }
    return 0
}
