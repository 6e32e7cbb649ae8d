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

    /// A page's example block read for the model: the value, or failing that the value a
    /// repair of its hand-written slips gives (`repaired(_:)`), with a warning that names the
    /// example and says which it was.
    static func example(
        _ text: some StringProtocol, what: String, file: String, line: Int
    ) -> (value: JSONValue?, diagnostic: Diagnostic?) {
        switch reading(of: text) {
        case .success(let value):
            return (value, nil)
        case .failure(.invalid):
            // Repaired first: where a stray quote ends a string early, telling strings apart
            // beforehand would escape the line breaks between members as if inside one.
            let (bytes, _) = wellFormedStrings(String(decoding: repaired(Array(text.utf8)), as: UTF8.self))
            if let value = decoded(bytes) {
                return (
                    value,
                    Diagnostic(
                        .warning, .example, file: file, line: line,
                        "the \(what) is not valid JSON; it is read as the JSON it means (stray quotes escaped, bare words quoted, missing commas, colons and closing brackets added, comments and ellipses left out, only the first of several values kept)"))
            }
            return (nil, Diagnostic(.warning, .example, file: file, line: line, "the \(what) \(Refusal.invalid); it is not used"))
        case .failure(let refusal):
            return (nil, Diagnostic(.warning, .example, file: file, line: line, "the \(what) \(refusal); it is not used"))
        }
    }

    static func reading(of text: some StringProtocol) -> Result<JSONValue, Refusal> {
        let (bytes, depth) = wellFormedStrings(text)
        // Told apart before decoding: the decoder calls anything past its own depth limit invalid.
        guard depth <= NestingLimit.maximumDepth else { return .failure(.tooDeep(levels: depth)) }
        guard let value = decoded(bytes) else { return .failure(.invalid) }
        return .success(value)
    }

    private static func decoded(_ bytes: [UInt8]) -> JSONValue? {
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        return try? decoder.decode(JSONValue.self, from: Data(bytes))
    }

    /// The JSON a hand-written example means, for the slips pages make: a quote inside a string
    /// (`""200000""`, `"{"cn":…}"`) escaped unless what follows it ends the string (`:` after a
    /// key; `,` `}` `]`, a line break or the end after a value); a bare word where a value
    /// belongs (`"condition_type":and`, `[-]`) quoted; a colon after a key that lacks one
    /// (`"errmsg" "ok"`); a comma where a line ends a member without one, and for a full-width `，`; `/* */`, `//` and `#` comments left out; an
    /// ellipsis for left-out members (`[80, 75, ......]`) left out too; brackets left open at the
    /// end closed; and of several values one after another, the first kept.
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var containers: [UInt8] = []
        var expectsKey = false
        // Just after a value, where only `,` or a closing bracket may come.
        var afterValue = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if let end = commentEnd(bytes, at: index) {
                index = end
                continue
            }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8C {
                output.append(UInt8(ascii: ","))
                expectsKey = containers.last == UInt8(ascii: "{")
                afterValue = false
                index += 3
                continue
            }
            if afterValue, byte == UInt8(ascii: "\""), containers.last == UInt8(ascii: "{") {
                output.append(UInt8(ascii: ","))
                expectsKey = true
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                output.append(byte)
            case UInt8(ascii: "\""):
                let isKey = containers.last == UInt8(ascii: "{") && expectsKey
                index = copyString(bytes, from: index, isKey: isKey, into: &output)
                afterValue = !isKey
                // A key whose colon the page left out (`"errmsg" "ok"`): the colon is added.
                if isKey, output.last == UInt8(ascii: ":") { expectsKey = false }
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                containers.append(byte)
                expectsKey = byte == UInt8(ascii: "{")
                afterValue = false
                output.append(byte)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = containers.popLast()
                expectsKey = false
                afterValue = true
                output.append(byte)
                // A block that shows one example after another: the first is the example.
                if containers.isEmpty { return output }
            case UInt8(ascii: ","):
                expectsKey = containers.last == UInt8(ascii: "{")
                afterValue = false
                output.append(byte)
            case UInt8(ascii: ":"):
                expectsKey = false
                afterValue = false
                output.append(byte)
            default:
                if !containers.isEmpty, let end = elisionEnd(bytes, at: index) {
                    // `[80, 75, 3, ......]`, `{"a": 1, …}`: the page leaves the rest out, and so
                    // does the example.
                    index = end
                    continue
                }
                guard !expectsKey, !containers.isEmpty else {
                    output.append(byte)
                    break
                }
                let end = bytes[index...].firstIndex { $0 == UInt8(ascii: "\n") || valueEnds.contains($0) }
                    ?? bytes.count
                let word = Array(bytes[index..<end].trimmedUTF8())
                if isJSONWord(word) {
                    output += word
                } else {
                    output.append(UInt8(ascii: "\""))
                    for character in word {
                        if character == UInt8(ascii: "\"") || character == UInt8(ascii: "\\") { output.append(UInt8(ascii: "\\")) }
                        output.append(character)
                    }
                    output.append(UInt8(ascii: "\""))
                }
                afterValue = true
                index = end
                continue
            }
            index += 1
        }
        for container in containers.reversed() {
            output.append(container == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }
        return output
    }

    /// Where a run of dots or ellipses standing for left-out members (`...`, `……`) that starts at
    /// `index` ends, with the comma after it: nothing else may stand between the commas or
    /// brackets around it.
    private static func elisionEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]
        var end = index
        while end < bytes.count {
            if bytes[end] == UInt8(ascii: ".") {
                end += 1
            } else if bytes[end...].starts(with: ellipsis) {
                end += ellipsis.count
            } else {
                break
            }
        }
        guard end - index >= 3 else { return nil }
        let next = bytes[end...].firstIndex { !blanks.contains($0) } ?? bytes.count
        guard next == bytes.count || valueEnds.contains(bytes[next]) else { return nil }
        return next < bytes.count && bytes[next] == UInt8(ascii: ",") ? next + 1 : next
    }

    /// Where a comment that starts at `index` ends (`/* … */`, or `//` and `#` to the line's end).
    private static func commentEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : nil
        if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "/") && next == UInt8(ascii: "/") {
            return bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        }
        guard byte == UInt8(ascii: "/"), next == UInt8(ascii: "*") else { return nil }
        var end = index + 2
        while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "*") && bytes[end + 1] == UInt8(ascii: "/")) { end += 1 }
        return min(bytes.count, end + 2)
    }

    /// Copies the string opening at `start`, escaping quotes that do not end it; returns the
    /// index after its closing quote. A key ends at a quote before `:`, or before the start of a
    /// value on the same line, where the colon is left out: it is added after the key.
    private static func copyString(_ bytes: [UInt8], from start: Int, isKey: Bool, into output: inout [UInt8]) -> Int {
        output.append(UInt8(ascii: "\""))
        var index = start + 1
        // JSON written inside the string (`"{"cn":"x"}"`): until its brackets close, a quote
        // is its own.
        var innerDepth = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["): innerDepth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): innerDepth = max(0, innerDepth - 1)
            default: break
            }
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                output += [byte, bytes[index + 1]]
                index += 2
                continue
            }
            if byte == UInt8(ascii: "\"") {
                var next = index + 1
                var crossesLine = false
                while next < bytes.count, blanks.contains(bytes[next]) {
                    if bytes[next] == UInt8(ascii: "\n") { crossesLine = true }
                    next += 1
                }
                let follower = next < bytes.count ? bytes[next] : nil
                if isKey, !crossesLine, let follower, Self.valueStarts.contains(follower) {
                    output += [byte, UInt8(ascii: ":")]
                    return index + 1
                }
                let ends = isKey
                    ? follower == UInt8(ascii: ":")
                    : follower == nil || crossesLine
                        || innerDepth == 0 && Self.valueEnds.contains(follower!)
                if ends {
                    output.append(byte)
                    return index + 1
                }
                output += [UInt8(ascii: "\\"), byte]
                index += 1
                continue
            }
            output.append(byte)
            index += 1
        }
        return index
    }

    /// The white space JSON allows between tokens.
    private static let blanks = Set(" \t\r\n".utf8)

    /// What a JSON value other than a bare word can start with.
    private static let valueStarts = Set("\"{[-0123456789".utf8)

    /// What can follow a JSON value in a container.
    private static let valueEnds = Set(",}]".utf8)

    /// `true`, `false`, `null` and numbers, which JSON (with JSON5's `Infinity`, hex and `+`)
    /// reads as they are.
    private static func isJSONWord(_ word: [UInt8]) -> Bool {
        let text = String(decoding: word, as: UTF8.self)
        if ["true", "false", "null", "Infinity", "-Infinity", "NaN"].contains(text) { return true }
        return text.first.map { $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." } == true && Double(text) != nil
            || text.hasPrefix("0x")
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
