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
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                    || scalar.properties.generalCategory == .lineSeparator
                    || scalar.properties.generalCategory == .paragraphSeparator
                {
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
                let text = String(line).filter { !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } }
                    .trimmingTrailingWhitespace()
                lines.append(text.isEmpty ? indent + "///" : indent + "/// " + text)
            }
        }
        return lines
    }
}
