import APIDocModel
import APIDocParser
import ArgumentParser
import Foundation

struct Sweep: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse a corpus of reference pages and report how each format fares.",
        discussion: """
            CORPUS_DIR holds one folder per format (feishu-md, feishu-md-alt, feishu-raw, dingtalk). Per format: \
            pages, pages that give an endpoint with no error, pages with warnings and their most common kinds, \
            the slowest pages; then how often endpoints that feishu-raw (exact nesting) and another Feishu \
            format both document agree on fields, types, required flags and nesting (request and response \
            apart), with each disagreement and its cause. Scripts/corpus-sweep adds whether the generated code compiles.
            """
    )

    @Argument(help: "The corpus folder.")
    var corpus: String

    @Option(help: "How many of the slowest pages, and of the disagreements, to list.")
    var list = 10

    func run() async throws {
        let formats = try FileManager.default.contentsOfDirectory(atPath: corpus)
            .filter { var folder: ObjCBool = false; return FileManager.default.fileExists(atPath: corpus + "/" + $0, isDirectory: &folder) && folder.boolValue }
            .sorted()
        var endpointsByFormat: [String: [Endpoint]] = [:]
        print("format | pages | endpoint, no error | with warnings | ms/page (median) | top warning kinds")
        print("--- | --- | --- | --- | --- | ---")
        var slowest: [(Duration, String)] = []
        for format in formats {
            let pages = try DocumentParser.pageFiles(in: [corpus + "/" + format])
            var parsed = 0
            var warned = 0
            var kinds: [String: Int] = [:]
            var timings: [Duration] = []
            for page in pages {
                guard let data = FileManager.default.contents(atPath: page) else { continue }
                let clock = ContinuousClock()
                let start = clock.now
                let document = DocumentParser().parse(bytes: Array(data), file: page)
                let elapsed = clock.now - start
                timings.append(elapsed)
                slowest.append((elapsed, page))
                let diagnostics = document.allDiagnostics
                if !document.endpoints.isEmpty, !diagnostics.contains(where: { $0.severity == .error }) { parsed += 1 }
                if diagnostics.contains(where: { $0.severity == .warning }) { warned += 1 }
                for kind in Set(diagnostics.map { Self.kind(of: $0.message) }) { kinds[kind, default: 0] += 1 }
                endpointsByFormat[format, default: []] += document.endpoints
            }
            let median = timings.sorted()[timings.count / 2]
            let top = kinds.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { "\($0.value)× \($0.key)" }
            print(
                "\(format) | \(pages.count) | \(parsed) (\(Self.percent(parsed, pages.count))) | \(warned) | "
                    + String(format: "%.2f", Double(median.components.attoseconds) / 1e15) + " | " + top.joined(separator: "; "))
        }
        print("\nslowest pages:")
        for (duration, page) in slowest.sorted(by: { $0.0 > $1.0 }).prefix(list) {
            print("  \(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000) ms  \(page)")
        }
        report(agreementWith: endpointsByFormat)
    }

    /// `response field 'url' is not in …` → `response field '…' is not in …`: kinds, not instances.
    static func kind(of message: String) -> String {
        var kind = ""
        var quoted = false
        for character in message.prefix(90) {
            if character == "'" {
                quoted.toggle()
                if quoted { kind += "'…'" }
            } else if !quoted {
                kind.append(character.isNumber ? "N" : character)
            }
        }
        return kind
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : String(format: "%.1f%%", Double(part) * 100 / Double(whole))
    }

    /// Endpoints documented both in feishu-raw and in another Feishu format, compared field by field:
    /// the request (path, query, body) and, separately, the response.
    private func report(agreementWith endpoints: [String: [Endpoint]]) {
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
