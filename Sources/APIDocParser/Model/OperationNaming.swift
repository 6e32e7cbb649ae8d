import APIDocModel

/// Names a page's call from what the page states, strongest first: Feishu's API Explorer link,
/// the page's address on the doc site, DingTalk's SDK samples; otherwise method and path by fixed
/// rules. Service and version always come from the path, so every page of one endpoint agrees on
/// them. Nothing but the page is read: a name never depends on which other pages are generated.
struct OperationNaming {
    private let service: String
    private let version: String
    /// The path's segments after service and version; parameters keep their `:`.
    private let segments: [String]
    private let method: String
    private let server: Server
    private let platform: Platform

    init(address: EndpointAddress, method: String) {
        var segments = address.path.split(separator: "/").map(String.init)
        if segments.first == "open-apis" { segments.removeFirst() }
        var service = ""
        var version = ""
        if let first = segments.first, Self.isVersion(first) {
            // DingTalk: /v1.0/contact/…
            version = Self.normalizedVersion(segments.removeFirst())
            service = segments.isEmpty ? "" : segments.removeFirst()
        } else if segments.count >= 2, Self.isVersion(segments[1]) {
            service = segments.removeFirst()
            version = Self.normalizedVersion(segments.removeFirst())
        } else if !segments.isEmpty {
            service = segments.removeFirst()
        }
        self.service = service
        self.version = version
        self.segments = segments
        self.method = method
        self.server = address.server
        self.platform = address.platform
    }

    /// - Parameters:
    ///   - explorerLink: The page's `api_explore_config?project=…&resource=…&method=…` link.
    ///   - documentURL: The page's own address (`source_url`, `fullPath`, `> Source:`).
    ///   - sdkMethod: The call its SDK samples make (`listEmpLeaveRecords`).
    func operation(explorerLink: String?, documentURL: String?, sdkMethod: String?) -> OperationName {
        if let explorerLink, let named = explorerName(explorerLink) {
            return named
        }
        if let sdkMethod, sdkMethod.isASCIIIdentifier {
            return OperationName(service: service, version: version, resource: "", method: sdkMethod, source: .sdkSample)
        }
        // DingTalk's page addresses are English titles (`…/obtain-the-event-list-of-failed-push`).
        if platform == .feishu, let documentURL, let named = documentPathName(documentURL) {
            return named
        }
        return pathName()
    }

    /// `…api_explore_config?project=im&version=v1&resource=message.reaction&method=create`.
    private func explorerName(_ link: String) -> OperationName? {
        guard let query = link.split(separator: "?", maxSplits: 1).dropFirst().first else { return nil }
        var values: [Substring: Substring] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[parts[0]] = parts[1] }
        }
        guard let resource = values["resource"], let method = values["method"],
            resource.split(separator: ".").allSatisfy(\.isASCIIIdentifier), method.isASCIIIdentifier
        else { return nil }
        return OperationName(
            service: service, version: version, resource: String(resource), method: String(method), source: .apiExplorer)
    }

    /// `https://open.feishu.cn/document/server-docs/im-v1/message-reaction/create`: the last
    /// segment is the method (the site numbers repeats: `list-2`), the one before it names the
    /// resource in the vendor's singular (`user_mailbox-alias`) when it matches the path's
    /// resource segments (`user_mailboxes/:id/aliases`); otherwise the path names the resource.
    private func documentPathName(_ url: String) -> OperationName? {
        guard let documentRange = url.range(of: "/document/") else { return nil }
        let parts = url[documentRange.upperBound...].prefix { $0 != "?" && $0 != "#" }.split(separator: "/")
        guard parts.count >= 2, var last = parts.last else { return nil }
        if let dash = last.lastIndex(of: "-"), last[last.index(after: dash)...].allSatisfy(\.isASCIIDigit) {
            last = last[..<dash]
        }
        let method = String(last)
        guard Self.isMethodName(method) else { return nil }
        var literals = segments.filter { !$0.hasPrefix(":") }
        if let final = literals.last, Self.sameWords(final, method) { literals.removeLast() }
        let slug = parts[parts.count - 2].split(separator: "-").map(String.init)
        let resource =
            slug.count == literals.count && zip(slug, literals).allSatisfy { Self.isPlural($1, of: $0) }
            ? slug : literals.map(Self.singular)
        return OperationName(
            service: service, version: version, resource: resource.joined(separator: "."), method: method,
            source: .documentPath)
    }

    /// The fixed rules, by the path's style:
    /// - DingTalk's older API is RPC: the last segment is the call (`/topapi/v2/user/get`).
    /// - A literal after a literal is an action on what precedes it (`/calendars/primarys`), and
    ///   so is a POST to a word that is not a plural after a parameter (`/instances/:id/cancel`);
    ///   otherwise the method and whether the path ends in a parameter give the verb (`list`,
    ///   `get`, `create`, `update`, `patch`, `delete`).
    /// - Feishu names the resource by its segments in the singular (`message.reaction`);
    ///   DingTalk names the call on the service, verb or action first (`listEmpLeaveRecords`).
    private func pathName() -> OperationName {
        let literals = segments.filter { !$0.hasPrefix(":") }
        if server == .legacy, let final = literals.last {
            return OperationName(
                service: service, version: version, resource: literals.dropLast().joined(separator: "."), method: final,
                source: .path)
        }
        let endsWithParameter = segments.last?.hasPrefix(":") ?? false
        let isAction: Bool
        if let final = segments.last, segments.count >= 2, !endsWithParameter {
            // After a parameter, a POST to a word that is not a plural is an action on the item
            // (`/approval_instances/:id/cancel`); a plural is a collection (`/messages/:id/reactions`).
            isAction = !segments[segments.count - 2].hasPrefix(":") || method == "POST" && Self.singular(final) == final
        } else {
            isAction = false
        }
        let resources = isAction ? Array(literals.dropLast()) : literals
        let call = isAction ? literals[literals.count - 1] : Self.verb(method: method, addressesOneItem: endsWithParameter)
        switch platform {
        case .feishu:
            return OperationName(
                service: service, version: version, resource: resources.map(Self.singular).joined(separator: "."),
                method: call, source: .path)
        case .dingtalk:
            let name = ([call] + resources).enumerated().map { $0 == 0 ? $1 : Self.capitalizedFirst($1) }.joined()
            return OperationName(service: service, version: version, resource: "", method: name, source: .path)
        }
    }

    private static func isVersion(_ segment: String) -> Bool {
        segment.count >= 2 && segment.first == "v" && segment.dropFirst().allSatisfy { $0.isNumber || $0 == "." }
    }

    /// `v1.0` → `v1`, `v2.1` → `v2_1`.
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

    /// `batch_get`, `primarys`, `batchDelete`; not the site's opaque page ids (`uUzN04SN3QjL1cDN`).
    private static func isMethodName(_ text: String) -> Bool {
        guard text.isASCIIIdentifier, let first = text.unicodeScalars.first, first.properties.isLowercase else { return false }
        if text.unicodeScalars.allSatisfy({ !$0.properties.isUppercase }) { return true }
        // lowerCamel words: every capital starts a word of at least one lower-case letter.
        var previousWasCapital = false
        for scalar in text.unicodeScalars {
            let isCapital = scalar.properties.isUppercase
            if isCapital && previousWasCapital || scalar.isASCIIDigit { return false }
            previousWasCapital = isCapital
        }
        return !previousWasCapital
    }

    /// `batch_delete` and `batchDelete` name the same call.
    private static func sameWords(_ a: String, _ b: String) -> Bool {
        a.replacingOccurrences(of: "_", with: "").lowercased() == b.replacingOccurrences(of: "_", with: "").lowercased()
    }

    private static func isPlural(_ segment: String, of word: String) -> Bool {
        segment == word || segment == word + "s" || segment == word + "es"
            || (word.hasSuffix("y") && segment == word.dropLast() + "ies")
    }

    /// `chats` → `chat`, `mailboxes` → `mailbox`, `policies` → `policy`, `aliases` → `alias`;
    /// `address`, `status` and `analysis` stay.
    private static func singular(_ word: String) -> String {
        for suffix in ["sses", "xes", "ches", "shes", "uses", "ases"] where word.hasSuffix(suffix) {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("ies") { return word.dropLast(3) + "y" }
        if word.hasSuffix("s"), !["ss", "us", "is"].contains(where: word.hasSuffix) { return String(word.dropLast()) }
        return word
    }

    private static func capitalizedFirst(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
