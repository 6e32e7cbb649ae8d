import APIDocModel
import Foundation

/// How the other Feishu formats agree with `feishu-raw`, whose tables state nesting exactly.
extension Sweep {
    /// Endpoints documented both in feishu-raw and in another Feishu format, compared field by field:
    /// the request (path, query, body) and, separately, the response.
    func report(agreementWith endpoints: [String: [Endpoint]]) {
        guard let reference = endpoints["feishu-raw"] else { return }
        let byKey = Dictionary(reference.map { (Self.key($0), $0) }, uniquingKeysWith: { first, _ in first })
        print("\nagreement with feishu-raw (fields, types, required flags, nesting):")
        var lines: [String] = []
        var pages = PageRows()
        for (format, list) in endpoints.sorted(by: { $0.key < $1.key }) where format.hasPrefix("feishu") && format != "feishu-raw" {
            var compared = 0
            var agreeing = (request: 0, response: 0)
            var differentDocuments = (request: 0, response: 0)
            for endpoint in list {
                guard let raw = byKey[Self.key(endpoint)] else { continue }
                compared += 1
                let request = Self.requestDifference(endpoint, raw)
                let response = Self.difference(endpoint.response, raw.response, at: "response")
                if request == nil { agreeing.request += 1 }
                if response == nil { agreeing.response += 1 }
                for (disagreement, isRequest) in [(request, true), (response, false)] {
                    guard let disagreement else { continue }
                    let unmentioned = disagreement.isAboutUndocumentedFields(
                        pageRows: pages.names(in: endpoint.source.file), referenceRows: pages.names(in: raw.source.file))
                    if unmentioned {
                        if isRequest { differentDocuments.request += 1 } else { differentDocuments.response += 1 }
                    }
                    let cause = unmentioned ? "the pages document different fields" : "the reading differs"
                    lines.append("\(format): \(Self.key(endpoint)): \(disagreement.description) — \(cause)")
                }
            }
            for (part, agreed, different) in [
                ("request", agreeing.request, differentDocuments.request), ("response", agreeing.response, differentDocuments.response),
            ] {
                print(
                    "  \(format) \(part): \(agreed) of \(compared) agree (\(Self.percent(agreed, compared))); of the \(compared - agreed) others, "
                        + "\(different) are pages that document different fields (a row one page does not have)")
            }
        }
        for line in lines.prefix(list) { print("  - " + line) }
        if lines.count > list { print("  (\(lines.count - list) more)") }
    }

    static func key(_ endpoint: Endpoint) -> String { endpoint.method + " " + endpoint.path }

    static func requestDifference(_ endpoint: Endpoint, _ reference: Endpoint) -> Disagreement? {
        for (part, mine, theirs) in [
            ("path parameters", endpoint.pathParameters, reference.pathParameters),
            ("query", endpoint.queryParameters, reference.queryParameters),
            ("body", endpoint.requestBody, reference.requestBody),
        ] {
            if let disagreement = difference(mine, theirs, at: part) { return disagreement }
        }
        return nil
    }

    private static func difference(_ mine: [Field], _ theirs: [Field], at path: String) -> Disagreement? {
        let names = mine.map(\.name)
        let theirNames = theirs.map(\.name)
        if Set(names) != Set(theirNames) {
            return Disagreement(
                place: path, missing: Set(theirNames).subtracting(names).sorted(), extra: Set(names).subtracting(theirNames).sorted())
        }
        for field in mine {
            guard let other = theirs.first(where: { $0.name == field.name }) else { continue }
            let place = path + "." + field.name
            if field.type != other.type { return Disagreement(place: place, detail: "type \(field.type.rawValue) vs \(other.type.rawValue)") }
            if field.required != other.required { return Disagreement(place: place, detail: "required \(field.required) vs \(other.required)") }
            if field.items?.type != other.items?.type {
                return Disagreement(
                    place: place + "[]", detail: "item type \(field.items?.type.rawValue ?? "-") vs \(other.items?.type.rawValue ?? "-")")
            }
            if let disagreement = difference(field.children, other.children, at: place) { return disagreement }
            if let disagreement = difference(field.items?.children ?? [], other.items?.children ?? [], at: place + "[]") {
                return disagreement
            }
        }
        return nil
    }
}

/// Where two readings of an endpoint first part ways.
struct Disagreement: CustomStringConvertible {
    var place: String
    var detail = ""
    /// Field names only the feishu-raw page has at `place`.
    var missing: [String] = []
    /// Field names only the other page has at `place`.
    var extra: [String] = []

    var description: String {
        "\(place): " + (detail.isEmpty ? "fields differ (missing \(missing), extra \(extra))" : detail)
    }

    /// True when the fields that differ have no table row in the other page: the two copies were
    /// taken at different times, and no reading could make them agree.
    func isAboutUndocumentedFields(pageRows: Set<String>, referenceRows: Set<String>) -> Bool {
        guard detail.isEmpty else { return false }
        return missing.allSatisfy { !pageRows.contains($0) } && extra.allSatisfy { !referenceRows.contains($0) }
    }
}

/// The names in the first column of a page's tables, read once per page and loosely (any table,
/// any markup), to tell fields a page documents from fields it does not.
private struct PageRows {
    private var rows: [String: Set<String>] = [:]

    mutating func names(in file: String) -> Set<String> {
        if let names = rows[file] { return names }
        let text = FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) } ?? ""
        var names = Set<String>()
        for line in text.split(separator: "\n") {
            // feishu-raw: `<md-text type="field-name" >name</md-text>`.
            if let start = line.range(of: "field-name"), let open = line[start.upperBound...].firstIndex(of: ">") {
                names.insert(String(line[line.index(after: open)...].prefix { $0 != "<" }))
            }
            let cells = line.split(separator: "|", omittingEmptySubsequences: true)
            guard line.contains("|"), let first = cells.first else { continue }
            let name = first.replacingOccurrences(of: "&nbsp;", with: "").replacingOccurrences(of: "&emsp;", with: "")
                .filter { !"`└∟ \u{00A0}\u{2003}\\".contains($0) }
            names.insert(name.components(separatedBy: "<br>")[0])
        }
        rows[file] = names
        return names
    }
}
