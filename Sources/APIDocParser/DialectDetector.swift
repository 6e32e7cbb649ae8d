import Foundation
import APIDocModel

/// Tells a page's dialect from its content, never from its file name.
enum DialectDetector {
    static func dialect(of page: PageText) -> Dialect? {
        var frontMatterKeys: Set<String> = []
        var hasSourceQuote = false
        var hasHTTPURLRow = false
        var hasMarkup = false
        var hasRequestLineSection = false
        var hasLegacyAddress = false
        var isDingTalk = false
        for (index, line) in page.lines.enumerated() {
            let trimmed = line.trimmedSlice()
            if index < 12, let colon = trimmed.firstIndex(of: ":") { frontMatterKeys.insert(String(trimmed[..<colon])) }
            if index < 12, trimmed.hasPrefix("> Source:") { hasSourceQuote = true }
            if trimmed.hasPrefix("HTTP URLhttp") { return .dingtalkText }
            if index < 12, trimmed.hasPrefix("source_url:"), trimmed.contains("dingtalk.com") { isDingTalk = true }
            if trimmed.hasPrefix("## 请求方法") { hasRequestLineSection = true }
            if trimmed.hasPrefix("**请求地址**") { hasLegacyAddress = true }
            if trimmed == ":::html" { hasMarkup = true }
            if hasMarkup, trimmed.hasPrefix("<md-th>HTTP URL</md-th>") { hasHTTPURLRow = true }
            // Only the two rows that decide the dialect are worth splitting into cells.
            let outerPipes = trimmed.hasPrefix("|")
            let firstCell = outerPipes ? trimmed.dropFirst().drop(while: \.isWhitespace) : trimmed
            guard firstCell.hasPrefix("基本") || firstCell.hasPrefix("HTTP URL"), trimmed.contains(ascii: "|") else { continue }
            let cells = TableReader.cells(of: trimmed, outerPipes: outerPipes)
            if outerPipes, cells.first == "基本", !frontMatterKeys.contains("fullPath") { return .feishuTTDoc }
            if cells.first == "HTTP URL" { hasHTTPURLRow = true }
        }
        if isDingTalk {
            if hasHTTPURLRow { return .dingtalkBasicTable }
            if hasRequestLineSection { return .dingtalkRequestLine }
            if hasLegacyAddress { return .dingtalkLegacy }
            return nil
        }
        guard hasHTTPURLRow || frontMatterKeys.contains("source_url") else { return nil }
        if hasMarkup { return .feishuMarkup }
        if frontMatterKeys.contains("fullPath") { return .feishuConverted }
        if hasSourceQuote { return .feishuCopyPage }
        return .feishuServerDocs
    }
}
