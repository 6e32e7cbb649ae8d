import APIDocModel

/// The documented error codes of one endpoint, as an enum whose cases carry status, message and advice.
struct ErrorCodesViewModel {
    struct Case {
        var docLines: [String]
        var name: String
        var rawLiteral: String
        /// `.init(httpStatus: 400, message: "…", advice: "…")`.
        var documentation: String
    }

    /// `ErrorCode` in an endpoint's namespace; shared tables are numbered (`SharedTypes`).
    var name = "ErrorCode"
    var rawType: String
    var cases: [Case]

    /// `nil` when the page documents no error code.
    init?(errors: [DocumentedError], warn: (EmitterWarning) -> Void) {
        var seen = Set<ErrorCode>()
        var unique: [DocumentedError] = []
        for error in errors {
            if seen.insert(error.code).inserted {
                unique.append(error)
            } else {
                warn(EmitterWarning(.duplicate, line: nil, "error code \(error.code) is documented twice; the first row is used"))
            }
        }
        guard !unique.isEmpty else { return nil }
        let numeric = unique.allSatisfy { if case .number = $0.code { true } else { false } }
        rawType = numeric ? "Int" : "String"
        var scope = NameScope(
            reserved: ["rawValue", "init", "documentation", "httpStatus", "message", "advice", "description", "allCases"])
        cases = unique.map { error in
            let name = scope.claim(ErrorCaseName.name(for: error))
            let status = error.httpStatus.map(String.init) ?? "nil"
            // The message names the case in Quick Help; status and advice are in `documentation`.
            return Case(
                docLines: SwiftText.docComment([error.message]), name: SwiftName.escaped(name),
                rawLiteral: numeric ? error.code.description : SwiftText.stringLiteral(error.code.description),
                documentation: ".init(httpStatus: \(status), message: \(SwiftText.stringLiteral(error.message)), "
                    + "advice: \(SwiftText.stringLiteral(error.advice)))")
        }
    }
}
