/// Indents generated Swift by bracket depth, four spaces a level, and tidies blank lines.
///
/// Templates nest partials (objects within objects) whose depth only shows at render time, and
/// swift-mustache indents just the first line of an indented partial; so templates are written
/// flat and this pass lays the result out. It reads string literals and comments, so page text in
/// them never moves a bracket.
enum SwiftLayout {
    static func format(_ source: String) -> String {
        var output: [String] = []
        var depth = 0
        var openers: [Bool] = []  // for each open bracket: was it a `switch` body?
        for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty {
                if let last = output.last, !last.isEmpty, !last.hasSuffix("{") { output.append("") }
                continue
            }
            let (opens, closes, leadingCloses) = brackets(in: line)
            if leadingCloses > 0, output.last == "" { output.removeLast() }
            var level = depth - leadingCloses
            let insideSwitch = openers.dropLast(leadingCloses).last ?? false
            if insideSwitch, line.hasPrefix("case ") || line.hasPrefix("default:") { level -= 1 }
            output.append(String(repeating: "    ", count: max(0, level)) + line)
            for _ in 0..<min(closes, openers.count) { openers.removeLast() }
            for _ in 0..<opens { openers.append(line.hasPrefix("switch ")) }
            depth = max(0, depth + opens - closes)
        }
        while output.last == "" { output.removeLast() }
        return output.joined(separator: "\n") + "\n"
    }

    /// Brackets outside string literals and comments: how many open, how many close, and how
    /// many closers start the line. Reads UTF-8 bytes: every character that matters is ASCII.
    private static func brackets(in line: String) -> (opens: Int, closes: Int, leadingCloses: Int) {
        var opens = 0
        var closes = 0
        var leadingCloses = 0
        var atStart = true
        var inString = false
        var escaped = false
        var previous: UInt8 = 0
        for byte in line.utf8 {
            defer { previous = byte }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            if byte == UInt8(ascii: "/"), previous == UInt8(ascii: "/") { break }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                atStart = false
            case UInt8(ascii: "{"), UInt8(ascii: "("), UInt8(ascii: "["):
                opens += 1
                atStart = false
            case UInt8(ascii: "}"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                if opens > 0 {
                    opens -= 1
                } else {
                    closes += 1
                    if atStart { leadingCloses += 1 }
                }
            case UInt8(ascii: " "):
                break
            default:
                atStart = false
            }
        }
        return (opens, closes, leadingCloses)
    }
}
