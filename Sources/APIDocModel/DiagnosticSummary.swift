/// One line per page and kind: what `generate` prints, so that the few diagnostics that matter
/// are not lost among thousands of one kind (`lint` prints every one).
public enum DiagnosticSummary {
    /// A diagnostic per page, kind and severity: the only one, or a count with the first (by
    /// line) at its line.
    public static func summarize(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var groups: [String: [Diagnostic]] = [:]
        var order: [String] = []
        for diagnostic in diagnostics {
            let key = "\(diagnostic.file)\u{0}\(diagnostic.kind.rawValue)\u{0}\(diagnostic.severity.rawValue)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(diagnostic)
        }
        return order.compactMap { groups[$0] }.map { group in
            guard group.count > 1, let first = group.min(by: { $0.line < $1.line }) else { return group[0] }
            var summary = first
            summary.message = "\(group.count) \(phrase(for: first.kind)) (first at line \(first.line): \(first.message)); "
                + "`apidocgen lint` lists them all"
            return summary
        }
    }

    private static func phrase(for kind: DiagnosticKind) -> String {
        switch kind {
        case .tableOrder: "fields are not in the page's example; placed by table order"
        case .duplicate: "names are documented twice in one place; the first is used"
        case .nesting: "fields are nested in a way the page contradicts or this tool does not read"
        case .unreadableTable: "tables or rows cannot be read"
        case .example: "examples are not used"
        case .contradiction: "places where the page's example and its tables disagree"
        case .parameter: "parameters are not documented as the URL uses them"
        case .loosened: "fields are typed more loosely than documented"
        case .encoding: "repairs of the page's text"
        case .noEndpoint, .skippedFile, .untitled, .nameClash: "\(kind.rawValue) diagnostics"
        }
    }
}
