import Foundation
import APIDocModel

/// Tells a page's dialect from its content, never from its file name.
enum DialectDetector {
    static func dialect(of page: PageText) -> Dialect? {
        var sawFrontMatterURL = false
        for (index, line) in page.lines.enumerated() {
            let trimmed = line.trimmingWhitespace()
            if trimmed.hasPrefix("|"), TableReader.cells(of: Substring(trimmed), outerPipes: true).first == "基本" {
                return .feishuTTDoc
            }
            if trimmed.hasPrefix("HTTP URLhttp") { return .dingtalkText }
            if index < 12, trimmed.hasPrefix("source_url:") { sawFrontMatterURL = true }
            if trimmed.replacingOccurrences(of: " ", with: "") == "名称|值" { return .feishuServerDocs }
        }
        return sawFrontMatterURL ? .feishuServerDocs : nil
    }
}
