import APIDocModel

/// Page text made safe for generated Swift: doc comment lines and string literals that no page
/// text can break out of.
enum SwiftText {
    /// `"…"` with every character that could end or bend the literal escaped.
    static func stringLiteral(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if mustBeEscaped(scalar) {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// The lines of a `///` comment for `paragraphs`, blank `///` lines between paragraphs.
    ///
    /// A line comment ends only at a line break, so splitting at every line break the lexer knows
    /// is all it takes for page text to stay inside the comment.
    static func docComment(_ paragraphs: [String], indent: String = "") -> [String] {
        var lines: [String] = []
        for paragraph in paragraphs where !paragraph.trimmingWhitespace().isEmpty {
            if !lines.isEmpty { lines.append(indent + "///") }
            for line in paragraph.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
                var text = String(line)
                if text.unicodeScalars.contains(where: isControl) {
                    text = String(String.UnicodeScalarView(text.unicodeScalars.filter { !isControl($0) }))
                }
                text = text.trimmingTrailingWhitespace()
                lines.append(text.isEmpty ? indent + "///" : indent + "/// " + text)
            }
        }
        return lines
    }

    /// Control characters, format characters (invisible, such as U+202E which reverses the text
    /// that follows) and the Unicode line and paragraph separators.
    private static func mustBeEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0x3040..<0xFE00: false  // ASCII and CJK text: none there
        default:
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: true
            default: false
            }
        }
    }

    /// The general category `control`: C0, DEL and C1.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
