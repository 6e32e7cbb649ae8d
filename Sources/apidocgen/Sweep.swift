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

    @Option(help: "How many of the slowest pages, of the examples that do not come back unchanged, and of the disagreements, to list.")
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
            let pages: [String]
            do { pages = try DocumentParser.pageFiles(in: [corpus + "/" + format]) } catch let error as PagePathError where error.problem == .noPages { continue }
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
            let median = timings.sorted().dropFirst(timings.count / 2).first ?? .zero
            let top = kinds.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { "\($0.value)× \($0.key)" }
            print(
                "\(format) | \(pages.count) | \(parsed) (\(Self.percent(parsed, pages.count))) | \(warned) | "
                    + String(format: "%.2f", Double(median.components.attoseconds) / 1e15) + " | " + top.joined(separator: "; "))
        }
        print("\nslowest pages:")
        for (duration, page) in slowest.sorted(by: { $0.0 > $1.0 }).prefix(list) {
            print("  \(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000) ms  \(page)")
        }
        reportCallClasses(endpointsByFormat)
        reportNames(endpointsByFormat)
        reportSelfConformance(endpointsByFormat)
        reportSampleConformance(endpointsByFormat)
        report(agreementWith: endpointsByFormat)
    }

    /// Endpoints per server and call class: every class is one generated clients carry.
    private func reportCallClasses(_ endpointsByFormat: [String: [Endpoint]]) {
        print("\nformat | endpoints | JSON | legacy DingTalk | upload | download")
        print("--- | --- | --- | --- | --- | ---")
        for (format, endpoints) in endpointsByFormat.sorted(by: { $0.key < $1.key }) {
            let count = { (include: (Endpoint) -> Bool) in endpoints.filter(include).count }
            let columns = [
                endpoints.count, count { $0.callClass == .json && $0.server == .current }, count { $0.callClass == .json && $0.server == .legacy },
                count { $0.callClass == .upload }, count { $0.callClass == .download },
            ]
            print(([format] + columns.map(String.init)).joined(separator: " | "))
        }
    }

    /// Where each format's names come from, and the ids that different endpoints (method and
    /// path) of the format share: generated together, each such pair is an error.
    private func reportNames(_ endpointsByFormat: [String: [Endpoint]]) {
        let sources = OperationNameSource.allCases
        print("\nformat | endpoints | " + sources.map(\.rawValue).joined(separator: " | ") + " | ids of several endpoints")
        print(Array(repeating: "---", count: sources.count + 3).joined(separator: " | "))
        for (format, endpoints) in endpointsByFormat.sorted(by: { $0.key < $1.key }) {
            let counts = sources.map { source in endpoints.filter { $0.operation.source == source }.count }
            let calls = Dictionary(grouping: endpoints, by: \.id).mapValues { group in Set(group.map(Self.call)).sorted() }
            let shared = calls.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
            let columns: [String] = [format, String(endpoints.count)] + counts.map(String.init) + [String(shared.count)]
            print(columns.joined(separator: " | "))
            for (id, calls) in shared.prefix(list) {
                print("  \(id): " + calls.joined(separator: ", "))
            }
        }
    }

    /// Whether each page's own JSON examples would come back unchanged through its generated
    /// types (`ExampleConformance`), request bodies and answers apart.
    private func reportSelfConformance(_ endpointsByFormat: [String: [Endpoint]]) {
        print(
            "\nformat | part | with example | round-trip | read leniently | members only the example shows (kept) | undocumented members | type conflicts | "
                + "missing required | fields, no example | no round-trip, no warning")
        print("--- | --- | --- | --- | --- | --- | --- | --- | --- | --- | ---")
        for (format, endpoints) in endpointsByFormat.sorted(by: { $0.key < $1.key }) where !endpoints.isEmpty {
            for part in ["request", "response"] {
                var counts = (
                    examples: 0, roundTrips: 0, lenient: 0, exampleOnly: 0, undocumented: 0, conflicts: 0, missing: 0, lacking: 0, unwarned: 0
                )
                var notComingBack: [String] = []
                for endpoint in endpoints {
                    let fields = part == "request" ? endpoint.requestBody : endpoint.response
                    guard let check = ExampleConformance.checks(of: endpoint).first(where: { $0.part == part }) else {
                        if !fields.isEmpty { counts.lacking += 1 }
                        continue
                    }
                    counts.examples += 1
                    if check.roundTrips { counts.roundTrips += 1 }
                    if check.outcome == .readLeniently { counts.lenient += 1 }
                    if let first = check.problems.first(where: \.changesTheExample) {
                        notComingBack.append("  \(check.outcome.rawValue): \(endpoint.source.file): \(first.kindName) \(first.path)")
                    }
                    // Every example that does not come back says why, in a warning `lint` shows.
                    let place = part == "request" ? "the request body example" : "the response example"
                    if !check.roundTrips, !endpoint.diagnostics.contains(where: { $0.kind == .contradiction && $0.message.hasPrefix(place) }) {
                        counts.unwarned += 1
                    }
                    for problem in check.problems {
                        switch problem {
                        case .undocumented: counts.undocumented += 1
                        case .typeConflict: counts.conflicts += 1
                        case .missingRequired: counts.missing += 1
                        case .exampleOnly: counts.exampleOnly += 1
                        }
                    }
                }
                let columns = [
                    format, part, String(counts.examples), "\(counts.roundTrips) (\(Self.percent(counts.roundTrips, counts.examples)))",
                    String(counts.lenient), String(counts.exampleOnly), String(counts.undocumented), String(counts.conflicts), String(counts.missing), String(counts.lacking),
                    String(counts.unwarned),
                ]
                print(columns.joined(separator: " | "))
                for line in notComingBack.sorted().prefix(list) { print(line) }
            }
        }
    }

    /// Whether each page's call sample is a call its generated client makes (`SampleConformance`).
    private func reportSampleConformance(_ endpointsByFormat: [String: [Endpoint]]) {
        print("\nformat | call samples | the client's call | method | host | path | undocumented query | undocumented header")
        print("--- | --- | --- | --- | --- | --- | --- | ---")
        for (format, endpoints) in endpointsByFormat.sorted(by: { $0.key < $1.key }) where !endpoints.isEmpty {
            var samples = 0
            var agreeing = 0
            var kinds: [String: Int] = [:]
            for endpoint in endpoints {
                guard let problems = SampleConformance.problems(of: endpoint) else { continue }
                samples += 1
                if problems.isEmpty { agreeing += 1 }
                for problem in problems { kinds[Self.kind(of: problem), default: 0] += 1 }
            }
            let counts = ["method", "host", "path", "query", "header"].map { String(kinds[$0] ?? 0) }
            print(([format, String(samples), "\(agreeing) (\(Self.percent(agreeing, samples)))"] + counts).joined(separator: " | "))
        }
    }

    private static func kind(of problem: SampleConformance.Problem) -> String {
        switch problem {
        case .method: "method"
        case .host: "host"
        case .path: "path"
        case .undocumentedQuery: "query"
        case .undocumentedHeader: "header"
        }
    }

    private static func call(_ endpoint: Endpoint) -> String { endpoint.method + " " + endpoint.path }

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
}
