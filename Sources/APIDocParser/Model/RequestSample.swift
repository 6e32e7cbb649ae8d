import APIDocModel
import Foundation

/// A request as a page's call sample shows it: a `curl` command, or a raw HTTP request
/// (`GET /v1.0/contact/empLeaveRecords?… HTTP/1.1` with `Host:` and header lines).
public struct RequestSample: Sendable, Hashable {
    public var method: String
    /// The full URL, query included.
    public var url: String
    /// Header names and values in the order the sample gives them.
    public var headers: [(name: String, value: String)]
    public var body: String?

    public static func == (lhs: RequestSample, rhs: RequestSample) -> Bool {
        lhs.method == rhs.method && lhs.url == rhs.url && lhs.body == rhs.body
            && lhs.headers.map(\.name) == rhs.headers.map(\.name) && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(url)
        hasher.combine(body)
    }

    /// The value of the first header called `name`, compared without case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The query items of `url`, in order, percent-decoded.
    public var queryItems: [(name: String, value: String)] {
        URLComponents(string: url)?.queryItems?.map { ($0.name, $0.value ?? "") } ?? []
    }

    /// The path of `url`, percent-decoded.
    public var path: String {
        URLComponents(string: url)?.path ?? url
    }

    /// Reads a `curl` command line, `\` continuations and shell quoting included.
    public init?(curl command: String) {
        let words = Self.shellWords(command)
        guard words.first == "curl" else { return nil }
        var method: String?
        var url: String?
        var headers: [(String, String)] = []
        var body: String?
        var index = 1
        while index < words.count {
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : nil
            switch word {
            case "-X", "--request":
                method = next
                index += 1
            case "-H", "--header":
                if let next, let colon = next.firstIndex(of: ":") {
                    headers.append((String(next[..<colon]), next[next.index(after: colon)...].trimmingWhitespace()))
                }
                index += 1
            case "-d", "--data", "--data-raw", "--data-binary":
                body = next
                index += 1
            default:
                if !word.hasPrefix("-"), url == nil { url = word }
            }
            index += 1
        }
        guard let url else { return nil }
        self.method = method ?? (body == nil ? "GET" : "POST")
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// Reads a raw HTTP/1.1 request; `Host:` gives the URL's host, `https` is assumed, unless
    /// the request line has the whole URL. The body
    /// starts after a blank line, or at a line that opens JSON: DingTalk's samples write
    /// `Content-Type:application/json` and then `{` on the next line.
    public init?(http text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        guard let requestLine = lines.first else { return nil }
        let parts = requestLine.split(separator: " ")
        guard parts.count >= 2, parts[0].allSatisfy({ $0.isUppercase }) else { return nil }
        var headers: [(String, String)] = []
        var bodyLines: [String] = []
        var inBody = false
        for line in lines.dropFirst() {
            if inBody {
                bodyLines.append(line)
            } else if line.isEmpty {
                inBody = true
            } else if line.hasPrefix("{") || line.hasPrefix("[") {
                inBody = true
                bodyLines.append(line)
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingWhitespace()))
            }
        }
        let host = headers.first { $0.0.caseInsensitiveCompare("Host") == .orderedSame }?.1 ?? ""
        method = String(parts[0])
        // The older API's samples write the whole URL in the request line.
        url = parts[1].hasPrefix("http://") || parts[1].hasPrefix("https://") ? String(parts[1]) : "https://" + host + parts[1]
        self.headers = headers.filter { $0.0.caseInsensitiveCompare("Host") != .orderedSame }
        let joinedBody = bodyLines.joined(separator: "\n").trimmingWhitespace()
        body = joinedBody.isEmpty ? nil : joinedBody
    }

    private static func shellWords(_ command: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var iterator = command.makeIterator()
        while let character = iterator.next() {
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\", open == "\"", let escaped = iterator.next() {
                    current.append(escaped)
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                inWord = true
            case "\\":
                if let escaped = iterator.next(), escaped != "\n" {
                    current.append(escaped)
                    inWord = true
                }
            case " ", "\t", "\n":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            default:
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
