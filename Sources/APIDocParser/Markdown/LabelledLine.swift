import APIDocModel
import CCMark

/// One line of a table cell, read by cmark for its inline structure: a leading bold label such as
/// `**示例值**：` or `**可选值有**：`, a `- ` list item, and the plain text.
struct LabelledLine: Equatable {
    /// The bold label at the start of the line, without its colon.
    var label: String?
    /// Plain text after the label and its colon, or of the whole line when there is no label.
    var value: String
    /// True for a `- item` line.
    var isListItem: Bool
    /// The line as written (Markdown kept), for descriptions.
    var markdown: String

    init(_ line: String) {
        markdown = line
        label = nil
        value = line
        isListItem = false
        // Most lines are plain prose; without a character Markdown gives meaning to, cmark
        // would read one paragraph of exactly this text.
        if Self.isPlainText(line) {
            value = line.trimmingWhitespace()
            return
        }
        CMarkInput(line).withDocument { document in
            guard var block = cmark_node_first_child(document) else { return }
            if cmark_node_get_type(block) == CMARK_NODE_LIST,
                let item = cmark_node_first_child(block), let content = cmark_node_first_child(item)
            {
                isListItem = true
                block = content
            }
            guard cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH || cmark_node_get_type(block) == CMARK_NODE_HEADING
            else { return }
            var rest = ""
            var child = cmark_node_first_child(block)
            if let first = child, cmark_node_get_type(first) == CMARK_NODE_STRONG {
                var strong = ""
                InlineText.appendPlainText(of: first, to: &strong)
                let afterLabel = cmark_node_next(first)
                if let afterLabel, cmark_node_get_type(afterLabel) == CMARK_NODE_TEXT,
                    let literal = cmark_node_get_literal(afterLabel)
                {
                    let text = String(cString: literal)
                    let colon = text.drop { $0 == " " }
                    if colon.hasPrefix(":") || colon.hasPrefix("：") {
                        label = strong.trimmingWhitespace()
                        rest = String(colon.dropFirst())
                        child = cmark_node_next(afterLabel)
                    }
                } else if strong.hasSuffix(":") || strong.hasSuffix("：") {
                    label = String(strong.dropLast()).trimmingWhitespace()
                    child = afterLabel
                }
            }
            while let current = child {
                switch cmark_node_get_type(current) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                    rest += String(cString: cmark_node_get_literal(current))
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    rest += " "
                default:
                    InlineText.appendPlainText(of: current, to: &rest)
                }
                child = cmark_node_next(current)
            }
            value = rest.trimmingWhitespace()
        }
    }

    /// No Markdown block start (list markers, digits, headings, quotes, indents) and no inline
    /// syntax (emphasis, code, links, HTML, entities, escapes).
    private static func isPlainText(_ line: String) -> Bool {
        guard let first = line.utf8.first, !blockStarts.contains(first) else { return false }
        return !line.utf8.contains { inlineSyntax.contains($0) }
    }

    private static let blockStarts = Set(" \t-+*#>=0123456789|".utf8)
    private static let inlineSyntax = Set("*_`[]<>&\\!~\0\r\n".utf8)
}
