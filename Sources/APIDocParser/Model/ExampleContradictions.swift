import APIDocModel

/// Where a page's JSON examples and its tables disagree (`ExampleConformance`): a warning each,
/// naming the example's line and the row's.
struct ExampleContradictions {
    let file: String

    /// - Parameters:
    ///   - what: `request body` or `response`.
    ///   - exampleLine: Where the example block starts.
    func diagnostics(
        _ what: String, example: JSONValue?, exampleLine: Int, fields: [Field], required: Bool
    ) -> [Diagnostic] {
        guard let example, !fields.isEmpty else { return [] }
        let place = "the \(what) example (line \(exampleLine))"
        // One warning per path and kind: every element of a list shows the same contradiction.
        var seen = Set<String>()
        let problems = ExampleConformance.problems(of: example, against: fields, required: required).filter { problem in
            seen.insert("\(problem.path)|\(problem.kindName)").inserted
        }
        return problems.map { problem in
            let message: String
            switch problem {
            case .undocumented(let path):
                message = "\(place) has '\(path)', which no table row documents; the generated type drops it"
            case .typeConflict(let path, let field, let value):
                message = "\(place) gives '\(path)' the value \(Self.excerpt(value)), which the table's \(field.type.rawValue)"
                    + "\(Self.row(field)) cannot hold" + (problem.changesTheExample ? "" : "; the generated type keeps it as any JSON value")
            case .missingRequired(let path, let field):
                message = "\(place) leaves out '\(path)', which the table\(Self.row(field)) marks required"
            }
            return Diagnostic(.warning, .contradiction, file: file, line: exampleLine, message)
        }
    }

    private static func row(_ field: Field) -> String {
        field.line.map { " (line \($0))" } ?? ""
    }

    private static func excerpt(_ value: JSONValue) -> String {
        let text: String
        switch value {
        case .string(let string): text = "\"\(string)\""
        case .integer(let number): text = String(number)
        case .number(let number): text = String(number)
        case .bool(let flag): text = String(flag)
        case .null: text = "null"
        case .array: text = "an array"
        case .object: text = "an object"
        }
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}
