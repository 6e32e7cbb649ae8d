import APIDocModel

/// Where a page's examples and the rest of it disagree: its call sample and the documented call
/// (`SampleConformance`), its JSON examples and its tables (`ExampleConformance`). A warning each,
/// naming the example's line and the row's.
struct ExampleContradictions {
    let file: String

    /// A warning for each place where the call sample or an example of `endpoint`
    /// (`ExampleConformance.checks`) and what the page documents disagree.
    func diagnostics(for endpoint: Endpoint, sampleLine: Int, requestExampleLine: Int, responseExampleLine: Int) -> [Diagnostic] {
        let call = (SampleConformance.problems(of: endpoint) ?? []).map { problem in
            Diagnostic(
                .warning, .contradiction, file: file, line: sampleLine,
                "the call sample \(problem), not the call the page documents (\(endpoint.method) \(endpoint.path))")
        }
        return call
            + ExampleConformance.checks(of: endpoint).flatMap { check in
                check.part == "request"
                    ? diagnostics("request body", problems: check.problems, exampleLine: requestExampleLine)
                    : diagnostics("response", problems: check.problems, exampleLine: responseExampleLine)
            }
    }

    /// - Parameters:
    ///   - what: `request body` or `response`.
    ///   - exampleLine: Where the example block starts.
    private func diagnostics(_ what: String, problems: [ExampleConformance.Problem], exampleLine: Int) -> [Diagnostic] {
        let place = "the \(what) example (line \(exampleLine))"
        // One warning per path and kind: every element of a list shows the same contradiction.
        var seen = Set<String>()
        return problems.filter { seen.insert("\($0.path)|\($0.kindName)").inserted }.map { problem in
            let message: String
            switch problem {
            case .undocumented(let path):
                message = "\(place) has '\(path)', which no table row documents; the generated type drops it"
            case .exampleOnly(let path):
                message = "\(place) has '\(path)', which no table row documents; the generated type adds it, typed as the example shows"
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
