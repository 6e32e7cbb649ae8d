/// Indents generated Swift by bracket depth, four spaces a level, and tidies blank lines.
///
/// Templates nest partials (objects within objects) whose depth only shows at render time, and
/// swift-mustache indents just the first line of an indented partial; so templates are written
/// flat and this pass lays the result out. It reads string literals and comments, so page text in
/// them never moves a bracket.
enum SwiftLayout {
    /// Works on UTF-8 bytes: brackets, quotes, indentation and the keywords it looks for are ASCII.
    static func format(_ source: String) -> String {
        let bytes = Array(source.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var depth = 0
        var openers: [Bool] = []  // for each open bracket: was it a `switch` body?
        var wroteLine = false
        var lastLineOpensBlock = false
        var blankPending = false
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let line = bytes[lineStart..<lineEnd].trimmedUTF8()
            if line.isEmpty {
                if wroteLine, !lastLineOpensBlock { blankPending = true }
                continue
            }
            let (opens, closes, leadingCloses) = brackets(in: line)
            if blankPending, leadingCloses == 0 { output.append(UInt8(ascii: "\n")) }
            blankPending = false
            var level = depth - leadingCloses
            let insideSwitch = openers.dropLast(leadingCloses).last ?? false
            if insideSwitch, line.starts(with: "case ".utf8) || line.starts(with: "default:".utf8) { level -= 1 }
            output += repeatElement(UInt8(ascii: " "), count: 4 * max(0, level))
            output += line
            output.append(UInt8(ascii: "\n"))
            wroteLine = true
            lastLineOpensBlock = line.last == UInt8(ascii: "{")
            for _ in 0..<min(closes, openers.count) { openers.removeLast() }
            for _ in 0..<opens { openers.append(line.starts(with: "switch ".utf8)) }
            depth = max(0, depth + opens - closes)
        }
        return output.isEmpty ? "\n" : String(decoding: output, as: UTF8.self)
    }

    /// Brackets outside string literals and comments: how many open, how many close, and how
    /// many closers start the line. Reads UTF-8 bytes: every character that matters is ASCII.
    private static func brackets(in line: ArraySlice<UInt8>) -> (opens: Int, closes: Int, leadingCloses: Int) {
        var opens = 0
        var closes = 0
        var leadingCloses = 0
        var atStart = true
        var inString = false
        var escaped = false
        var previous: UInt8 = 0
        for byte in line {
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
