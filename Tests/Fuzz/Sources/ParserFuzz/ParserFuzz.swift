import APIDocModel
import APIDocParser

/// One libFuzzer input: any bytes, read as a page and dumped as `apidocgen dump` would.
///
/// Besides crashes and memory errors, a failure is a dump that cannot be written or a diagnostic
/// that names no line of the page.
@_cdecl("LLVMFuzzerTestOneInput")
public func parserFuzzInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let document = DocumentParser().parse(bytes: bytes, file: "fuzz.md")
    // A line break is a line feed, a carriage return, or both; a page has at most one line more.
    let lastLine = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
    for diagnostic in document.allDiagnostics where !(1...lastLine).contains(diagnostic.line) {
        fatalError("a diagnostic names no line of the page (it has \(lastLine)): \(diagnostic)")
    }
    do {
        _ = try document.jsonData()
    } catch {
        fatalError("the dump of a parsed page failed: \(error)")
    }
    return 0
}
