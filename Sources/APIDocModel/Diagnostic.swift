/// Something the parser wants a reader of the page to know, tied to a line of the page.
public struct Diagnostic: Codable, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable, Hashable {
        /// A file that is not a reference page (a README, an empty file) was skipped.
        case note
        /// Something on a page the generator cannot use as the page states it.
        case warning
        /// A page that should be a reference page, but yields no endpoint.
        case error
    }

    public var severity: Severity
    /// What sort of thing it says, so that a configuration can set its severity.
    public var kind: DiagnosticKind
    public var file: String
    /// 1-based line in the page.
    public var line: Int
    public var message: String

    public init(_ severity: Severity, _ kind: DiagnosticKind, file: String, line: Int, _ message: String) {
        self.severity = severity
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: severity: message`, the form compilers and editors understand.
    public var description: String { "\(file):\(line): \(severity.rawValue): \(message) [\(kind.rawValue)]" }
}

/// What a diagnostic is about: stable names a per-target configuration sets severities by
/// (`apidocgen-config.json`), and `generate` sums up per page.
public enum DiagnosticKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// The page yields no endpoint: no HTTP URL or method, a URL that is not one, a page too large.
    case noEndpoint = "no-endpoint"
    /// A file that is not a reference page (a README, an empty file) was skipped.
    case skippedFile = "skipped-file"
    /// The page's bytes were repaired: invalid UTF-8, UTF-8 read as Windows-1252, markup libcmark
    /// is slow on, a code fence indented so far that the rest of the page would be code.
    case encoding
    /// A JSON example that is not JSON, or nests deeper than this tool reads.
    case example
    /// The page's example and its tables disagree: a member no row documents, a value the
    /// documented type cannot hold, a required field left out.
    case contradiction
    /// A field the page's example does not show, placed by the table's row order.
    case tableOrder = "table-order"
    /// Depth markers that contradict each other, or fields nested deeper than this tool reads.
    case nesting
    /// A table, row or column that cannot be read as a parameter or error table.
    case unreadableTable = "unreadable-table"
    /// A path or query parameter the tables do not document as the URL uses it.
    case parameter
    /// A page that states no title.
    case untitled
    /// An object or error table that documents one name twice; the first is used.
    case duplicate
    /// A type the generated code cannot carry as documented (a non-text query parameter, a file
    /// outside a form), so it is typed more loosely.
    case loosened
    /// Two endpoints that would have the same name; the second is left out.
    case nameClash = "name-clash"
}
