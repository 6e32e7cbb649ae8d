/// Where a page names its own call in text meant for programmers.
enum CallSamples {
    /// The marker Feishu pages put after their summary: `{尝试一下}(url=/api/tools/api_explore/…)`.
    private static let explorerMarker = "{尝试一下}(url="

    /// The API Explorer link of a paragraph, and the paragraph without it.
    static func explorerLink(in paragraph: String) -> (link: String, remainder: String)? {
        guard let marker = paragraph.range(of: explorerMarker),
            let close = paragraph[marker.upperBound...].firstIndex(of: ")")
        else { return nil }
        let link = String(paragraph[marker.upperBound..<close])
        guard link.contains("api_explore_config?") else { return nil }
        let remainder = paragraph[..<marker.lowerBound] + paragraph[paragraph.index(after: close)...]
        return (link, String(remainder).trimmingWhitespace())
    }

    /// The method DingTalk's SDK samples call: `client.listEmpLeaveRecordsWithOptions(` (Java,
    /// Node, PHP) or `client.ListEmpLeaveRecordsWithOptions(` (Go, C#) → `listEmpLeaveRecords`.
    static func sdkMethod(in code: String) -> String? {
        var rest = code[...]
        while let call = rest.range(of: "client.") {
            rest = rest[call.upperBound...]
            let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            guard name.hasSuffix("WithOptions"), rest.dropFirst(name.count).first == "(" else { continue }
            let method = name.dropLast("WithOptions".count)
            guard let first = method.first else { continue }
            return first.lowercased() + method.dropFirst()
        }
        return nil
    }
}
