import APIDocModel

/// The documented error codes of one endpoint, as an enum whose cases carry status, message and advice.
struct ErrorCodesViewModel {
    struct Case {
        var docLines: [String]
        var name: String
        var rawLiteral: String
        var httpStatus: String
        var messageLiteral: String
        var adviceLiteral: String
    }

    var rawType: String
    var cases: [Case]

    /// `nil` when the page documents no error code.
    init?(errors: [DocumentedError], warn: (String) -> Void) {
        var seen = Set<ErrorCode>()
        var unique: [DocumentedError] = []
        for error in errors {
            if seen.insert(error.code).inserted {
                unique.append(error)
            } else {
                warn("error code \(error.code) is documented twice; the first row is used")
            }
        }
        guard !unique.isEmpty else { return nil }
        let numeric = unique.allSatisfy { if case .number = $0.code { true } else { false } }
        rawType = numeric ? "Int" : "String"
        var scope = NameScope(reserved: ["rawValue", "init", "httpStatus", "message", "advice", "description", "allCases"])
        cases = unique.map { error in
            let name = scope.claim(ErrorCaseName.name(for: error))
            var doc = [error.message]
            if !error.advice.isEmpty { doc.append(error.advice) }
            doc.append("Code `\(error.code)`" + (error.httpStatus.map { ", HTTP \($0)" } ?? "") + ".")
            return Case(
                docLines: SwiftText.docComment(doc), name: SwiftName.escaped(name),
                rawLiteral: numeric ? error.code.description : SwiftText.stringLiteral(error.code.description),
                httpStatus: error.httpStatus.map(String.init) ?? "nil",
                messageLiteral: SwiftText.stringLiteral(error.message), adviceLiteral: SwiftText.stringLiteral(error.advice))
        }
    }
}
