import Foundation
import APIDocModel

/// What the page's HTTP URL says: base URL, path with `:name` placeholders, the platform, and an
/// id of the form `service.version.resource.action`.
struct EndpointAddress: Equatable {
    var platform: Platform
    var baseURL: String
    var path: String
    var pathParameterNames: [String]

    /// Reads `https://open.feishu.cn/open-apis/hire/v1/offers/:offer_id/intern_offer_status`;
    /// `{name}` placeholders become `:name`.
    init?(url text: String) {
        let url = DescriptionCell.unquoted(text).trimmingWhitespace()
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let afterScheme = url[schemeEnd.upperBound...]
        let pathStart = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        let host = afterScheme[..<pathStart]
        guard !host.isEmpty, !host.contains(" ") else { return nil }
        baseURL = String(url[..<pathStart])
        var segments: [String] = []
        var names: [String] = []
        for segment in afterScheme[pathStart...].split(separator: "/") {
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

    /// `corehr.v2.offboardings.revoke`, `hire.v1.offers.intern_offer_status`,
    /// `corehr.v2.process_withdraw.update`, `contact.v1.empLeaveRecords.list`.
    func id(method: String) -> String {
        var segments = path.split(separator: "/").map(String.init)
        if segments.first == "open-apis" { segments.removeFirst() }
        var service = ""
        var version = ""
        if let first = segments.first, Self.isVersion(first) {
            // DingTalk: /v1.0/contact/…
            version = Self.normalizedVersion(first)
            segments.removeFirst()
            service = segments.isEmpty ? "" : segments.removeFirst()
        } else if segments.count >= 2, Self.isVersion(segments[1]) {
            service = segments.removeFirst()
            version = Self.normalizedVersion(segments.removeFirst())
        } else if !segments.isEmpty {
            service = segments.removeFirst()
        }
        let literals = segments.filter { !$0.hasPrefix(":") }
        let endsWithParameter = segments.last?.hasPrefix(":") ?? false
        var parts = [service, version].filter { !$0.isEmpty }
        if literals.count <= 1 || endsWithParameter {
            parts += literals
            parts.append(Self.verb(method: method, addressesOneItem: endsWithParameter))
        } else {
            parts += literals
        }
        return parts.joined(separator: ".")
    }

    private static func isVersion(_ segment: String) -> Bool {
        segment.count >= 2 && segment.first == "v" && segment.dropFirst().allSatisfy { $0.isNumber || $0 == "." }
    }

    private static func normalizedVersion(_ segment: String) -> String {
        var version = segment
        while version.hasSuffix(".0") { version.removeLast(2) }
        return version.replacingOccurrences(of: ".", with: "_")
    }

    private static func verb(method: String, addressesOneItem: Bool) -> String {
        switch method {
        case "GET": addressesOneItem ? "get" : "list"
        case "POST": "create"
        case "PUT": "update"
        case "PATCH": "patch"
        case "DELETE": "delete"
        default: method.lowercased()
        }
    }
}
