import APIDocModel

/// What the generated code cannot express as the page documents it, at the line of the field or
/// row it is about (`nil`: the endpoint's).
struct EmitterWarning {
    var kind: DiagnosticKind
    var line: Int?
    var message: String

    init(_ kind: DiagnosticKind, line: Int?, _ message: String) {
        self.kind = kind
        self.line = line
        self.message = message
    }
}
