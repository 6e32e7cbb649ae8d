import Foundation
import APIDocModel

/// What the page's HTTP URL says: base URL, path with `:name` placeholders, and the platform.
struct EndpointAddress: Equatable {
    var platform: Platform
    var baseURL: String
    var path: String
    var pathParameterNames: [String]
    /// Query parameters the URL itself shows (`…/room/list?building_id=omb_8ec1…&page_size=1`),
    /// with their example values, in order; a name may repeat.
    var exampleQuery: [QueryItem] = []

    struct QueryItem: Equatable {
        var name: String
        var value: String
    }

    /// Reads `https://open.feishu.cn/open-apis/hire/v1/offers/:offer_id/intern_offer_status`;
    /// `{name}` placeholders become `:name`, Markdown escapes (`get\_agent`) are dropped, and an
    /// example query string is kept apart from the path.
    init?(url text: String) {
        let url = Self.withoutMarkdownEscapes(DescriptionCell.unquoted(text).trimmingWhitespace())
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let afterScheme = url[schemeEnd.upperBound...]
        let pathStart = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        let host = afterScheme[..<pathStart]
        guard !host.isEmpty, !host.contains(" ") else { return nil }
        baseURL = String(url[..<pathStart])
        let pathAndQuery = afterScheme[pathStart...].prefix { $0 != "#" }
        let queryStart = pathAndQuery.firstIndex(of: "?") ?? pathAndQuery.endIndex
        for pair in pathAndQuery[queryStart...].dropFirst().split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first, !name.isEmpty else { continue }
            exampleQuery.append(QueryItem(name: String(name), value: parts.count > 1 ? String(parts[1]) : ""))
        }
        var segments: [String] = []
        var names: [String] = []
        for segment in pathAndQuery[..<queryStart].split(separator: "/") {
            if segment.hasPrefix(":") {
                names.append(String(segment.dropFirst()))
                segments.append(String(segment))
            } else if segment.hasPrefix("{"), segment.hasSuffix("}") {
                names.append(String(segment.dropFirst().dropLast()))
                segments.append(":" + segment.dropFirst().dropLast())
            } else {
                segments.append(String(segment))
            }
        }
        path = "/" + segments.joined(separator: "/")
        pathParameterNames = names
        platform = host.contains("dingtalk") ? .dingtalk : .feishu
    }

    /// The version segment (`v1.0`) DingTalk's current API serves every call under, where the
    /// URL leaves it out and `samplePath` (the page's own request) is the path with it: added to
    /// the path. `nil`, and the path as it was, otherwise.
    mutating func addingVersion(from samplePath: String) -> String? {
        guard platform == .dingtalk, server == .current, !Self.isVersion(path.split(separator: "/").first),
            let version = samplePath.split(separator: "/").first, Self.isVersion(version),
            SampleConformance.matches(samplePath, template: "/" + version + path)
        else { return nil }
        path = "/" + version + path
        return String(version)
    }

    /// `v1.0`, `v2.0`.
    private static func isVersion(_ segment: Substring?) -> Bool {
        guard let segment, segment.first == "v" else { return false }
        let number = segment.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
        return number.count == 2 && number.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// DingTalk serves its older API from a host of its own.
    var server: Server {
        baseURL.hasSuffix("://oapi.dingtalk.com") ? .legacy : .current
    }

    /// The documented query parameters, then those only the URL's example query shows: strings
    /// (lists of strings where the URL repeats a name), with the URL's value as their example; and
    /// a warning naming the latter.
    func queryParameters(documented: [Field]) -> (fields: [Field], warning: String?) {
        var fields = documented
        var added: [String] = []
        for item in exampleQuery where !documented.contains(where: { $0.name == item.name }) {
            let name = item.name
            if let index = fields.firstIndex(where: { $0.name == name }) {
                fields[index].type = .array
                fields[index].items = Field(name: name, type: .string)
                fields[index].example = nil
                continue
            }
            var field = Field(name: name, type: .string)
            field.example = .string(item.value)
            fields.append(field)
            added.append(name)
        }
        guard !added.isEmpty else { return (fields, nil) }
        let names = added.map { "'\($0)'" }.joined(separator: ", ")
        return (fields, "query parameters \(names) appear only in the URL's example query; typed as optional strings")
    }

    /// A backslash before ASCII punctuation is a Markdown escape, never part of a URL.
    private static func withoutMarkdownEscapes(_ text: String) -> String {
        guard text.contains(ascii: "\\") else { return text }
        var result = ""
        var escaped = false
        for character in text {
            if !escaped, character == "\\" {
                escaped = true
                continue
            }
            if escaped, !(character.isASCII && character.isPunctuation || character.isASCII && character.isSymbol) {
                result.append("\\")
            }
            escaped = false
            result.append(character)
        }
        return escaped ? result + "\\" : result
    }
}
