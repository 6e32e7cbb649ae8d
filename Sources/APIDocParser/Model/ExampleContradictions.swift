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
                        + displacedRows("request body", of: endpoint.requestBody, example: check.example, exampleLine: requestExampleLine)
                    : diagnostics("response", problems: check.problems, exampleLine: responseExampleLine)
                        + displacedRows("response", of: endpoint.response, example: check.example, exampleLine: responseExampleLine)
            }
    }

    /// A warning for each top-level row the example leaves out and shows only within a
    /// top-level list or object the table gives no rows: the table has put that object's rows
    /// beside it (approval's CC list marks `approval` and `cc` at the depth of `cc_list`, whose
    /// elements the example shows holding them). The example still comes back unchanged, through
    /// the rowless object's JSON values, so nothing else would tell.
    private func displacedRows(_ what: String, of fields: [Field], example: JSONValue, exampleLine: Int) -> [Diagnostic] {
        guard case .object(let members) = example else { return [] }
        // Each name the example shows within a rowless object, and the first such object.
        var holders: [String: Field] = [:]
        for field in fields where !field.exampleOnly {
            let elements = field.innermostItems ?? field
            guard elements.children.isEmpty, elements.type == .object || elements.type == .array, let shown = members[field.name] else { continue }
            for case .object(let object) in shown.objectsWithin {
                for name in object.keys where holders[name] == nil { holders[name] = field }
            }
        }
        return fields.compactMap { field in
            guard !field.name.isEmpty, members[field.name] == nil, let holder = holders[field.name] else { return nil }
            return Diagnostic(
                .warning, .contradiction, file: file, line: exampleLine,
                "the \(what) example (line \(exampleLine)) shows '\(field.name)' only within '\(holder.name)', which the table\(Self.row(holder)) gives no rows; the table\(Self.row(field)) puts it at the top level")
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
