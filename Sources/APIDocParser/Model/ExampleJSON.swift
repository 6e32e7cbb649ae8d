import APIDocModel
import Foundation

/// Reads the JSON examples pages show.
///
/// They are written by hand, and about one in ten is not strict JSON: `// comments`, trailing
/// commas, line breaks inside strings, regular expressions with `\d`. None of that changes what the
/// example shows, so it is read as JSON5 after the strings are made well-formed. Examples that are
/// still not JSON (`""123""`, a bare `and`) are refused.
enum ExampleJSON {
    static func value(of text: some StringProtocol) -> JSONValue? {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        return try? decoder.decode(JSONValue.self, from: Data(wellFormedStrings(text)))
    }

    /// Control characters inside strings escaped, and a backslash before anything JSON cannot
    /// escape kept as a backslash (`"^\d{9}$"` means the regular expression, not `d`).
    static func wellFormedStrings(_ text: some StringProtocol) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            guard inString else {
                if byte == UInt8(ascii: "\"") { inString = true }
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
        return output
    }

    private static let escapable = Set("\"\\/bfnrtu".utf8)
}
