import APIDocModel
import Foundation

/// Reads the JSON examples pages show.
///
/// They are written by hand, and about one in ten is not strict JSON: `// comments`, trailing
/// commas, line breaks inside strings, regular expressions with `\d`. None of that changes what the
/// example shows, so it is read as JSON5 after the strings are made well-formed. Examples that are
/// still not JSON (`""123""`, a bare `and`) are refused.
enum ExampleJSON {
    /// Why an example is not used, as the end of a sentence that names the example.
    enum Refusal: Error, CustomStringConvertible {
        case invalid
        /// Valid or not, it nests deeper than the model holds (`NestingLimit`).
        case tooDeep(levels: Int)

        var description: String {
            switch self {
            case .invalid: "is not valid JSON"
            case .tooDeep(let levels): "nests \(levels) levels deep, more than the \(NestingLimit.maximumDepth) this tool reads"
            }
        }
    }

    static func value(of text: some StringProtocol) -> JSONValue? {
        try? reading(of: text).get()
    }

    static func reading(of text: some StringProtocol) -> Result<JSONValue, Refusal> {
        let (bytes, depth) = wellFormedStrings(text)
        // Told apart before decoding: the decoder calls anything past its own depth limit invalid.
        guard depth <= NestingLimit.maximumDepth else { return .failure(.tooDeep(levels: depth)) }
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        guard let value = try? decoder.decode(JSONValue.self, from: Data(bytes)) else { return .failure(.invalid) }
        return .success(value)
    }

    /// Control characters inside strings escaped, and a backslash before anything JSON cannot
    /// escape kept as a backslash (`"^\d{9}$"` means the regular expression, not `d`); and the
    /// deepest nesting of arrays and objects outside strings.
    static func wellFormedStrings(_ text: some StringProtocol) -> (bytes: [UInt8], depth: Int) {
        var output: [UInt8] = []
        var depth = 0
        var deepest = 0
        output.reserveCapacity(text.utf8.count + 16)
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            guard inString else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    deepest = max(deepest, depth)
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                default: break
                }
                output.append(byte)
                continue
            }
            if escaped {
                escaped = false
                if !escapable.contains(byte) { output.append(UInt8(ascii: "\\")) }
                output.append(byte)
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
                output.append(byte)
            } else if byte == UInt8(ascii: "\"") {
                inString = false
                output.append(byte)
            } else if byte < 0x20 {
                output += Array(String(format: "\\u%04x", byte).utf8)
            } else {
                output.append(byte)
            }
        }
        return (output, deepest)
    }

    private static let escapable = Set("\"\\/bfnrtu".utf8)
}
