import Foundation

/// Turns the doc site's relative links (`/ssl:ttdoc/uAjLw4CM/…`, `/uAjLw4CM/…`) into the absolute
/// URLs a reader of a generated doc comment can open.
enum LinkResolver {
    static let feishuDocumentBase = "https://open.feishu.cn/document"

    static func absolutize(_ markdown: String) -> String {
        guard markdown.contains(ascii: "]"), markdown.contains("](/") else { return markdown }
        return markdown
            .replacingOccurrences(of: "](/ssl:ttdoc/", with: "](\(feishuDocumentBase)/")
            .replacingOccurrences(of: "](/", with: "](\(feishuDocumentBase)/")
    }
}
