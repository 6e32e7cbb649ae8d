import APIDocModel

/// The doc comment of a field: the page's description, then its example, default and rules.
enum FieldDocumentation {
    static func lines(for field: Field) -> [String] {
        let description = field.description.trimmingWhitespace()
        var facts: [String] = []
        let example = field.example.map { "`\(inline($0))`" }
        if let example { facts.append("- Example: \(example)") }
        if let value = field.default { facts.append("- Default: `\(inline(value))`") }
        if let constraints = field.constraints { facts += rules(constraints) }
        if field.exampleOnly { facts.append("- Not in the page's tables: typed as its example shows it") }
        if !field.enum.isEmpty, !ValueListViewModel.applies(to: field) {
            facts.append("- Values: " + field.enum.map { "`\($0.value)` \($0.description)" }.joined(separator: "; "))
        }
        if facts.count == 1, let example, !description.contains(where: \.isNewline) {
            // The most common doc: one line, and an example that fits on it.
            return SwiftText.docComment([description.isEmpty ? "Example: \(example)" : "\(description) (example: \(example))"])
        }
        // A list may follow a paragraph directly (CommonMark), so the facts need no blank line.
        return SwiftText.docComment([(description.isEmpty ? facts : [description] + facts).joined(separator: "\n")])
    }

    private static func rules(_ constraints: Constraints) -> [String] {
        var lines: [String] = []
        if let value = constraints.format { lines.append("- Format: `\(value)`") }
        if let value = constraints.minLength { lines.append("- Minimum length: \(value)") }
        if let value = constraints.maxLength { lines.append("- Maximum length: \(value)") }
        if let value = constraints.minimum { lines.append("- Minimum: \(number(value))") }
        if let value = constraints.maximum { lines.append("- Maximum: \(number(value))") }
        if let value = constraints.minItems { lines.append("- Minimum items: \(value)") }
        if let value = constraints.maxItems { lines.append("- Maximum items: \(value)") }
        if let value = constraints.pattern { lines.append("- Pattern: `\(value)`") }
        return lines
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A JSON value on one line, for a doc comment.
    static func inline(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .string(let text): text.replacingNewlines()
        case .array(let elements): "[" + elements.map(inline).joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.keys.sorted().map { "\($0): \(inline(members[$0]!))" }.joined(separator: ", ") + "}"
        }
    }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
