import APIDocModel
/// The YAML front matter of a server-docs page: `title`, `source_url`, `last_remote_update`.
struct FrontMatter {
    var values: [String: String] = [:]
    /// 1-based line of the closing `---`, or 0 when the page has none.
    var endLine = 0

    init(lines: [Substring]) {
        guard lines.first?.trimmingWhitespace() == "---",
            let close = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace() == "---" })
        else { return }
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingWhitespace()
            values[key] = DescriptionCell.unquoted(line[line.index(after: colon)...].trimmingWhitespace())
        }
        endLine = close + 1
    }

    subscript(key: String) -> String? { values[key] }
}
