import APIDocModel
import CCMark

/// The top-level blocks of a Markdown page, and the fenced code in its lists, with the source
/// lines they span, read by libcmark.
///
/// Pipe tables are not CommonMark blocks (a `- ` line inside a cell even starts a list), so the
/// outline only says where headings, code and paragraphs are; tables are read from the lines.
struct MarkdownOutline {
    struct Block: Equatable {
        enum Kind: Equatable {
            case heading(level: Int)
            case paragraph
            case codeBlock(info: String, literal: String, fenced: Bool)
            case other
        }

        var kind: Kind
        /// 1-based, inclusive.
        var startLine: Int
        var endLine: Int
        /// The plain text of a heading or paragraph.
        var text: String
    }

    var blocks: [Block]
    /// Image openers read as link openers, to keep libcmark linear (`CMarkInput`).
    var neutralisedImageOpeners: Int

    init(text: String, sourceLines: [Substring]) {
        var blocks: [Block] = []
        let input = CMarkInput(text)
        input.withDocument { document in
            var node = cmark_node_first_child(document)
            while let current = node {
                blocks.append(Self.block(current, sourceLines: sourceLines))
                if cmark_node_get_type(current) == CMARK_NODE_LIST {
                    blocks += Self.fencedCodeBlocks(within: current, sourceLines: sourceLines)
                }
                node = cmark_node_next(current)
            }
        }
        self.blocks = blocks
        neutralisedImageOpeners = input.neutralisedImageOpeners
    }

    /// The fenced code blocks of a list's items (`- 企业内部应用` and its indented ```` ``` ````
    /// example), after the list. Walks with cmark's iterator: a page controls how deep lists nest.
    private static func fencedCodeBlocks(within list: OpaquePointer, sourceLines: [Substring]) -> [Block] {
        guard let iterator = cmark_iter_new(list) else { return [] }
        defer { cmark_iter_free(iterator) }
        var blocks: [Block] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator),
                cmark_node_get_type(current) == CMARK_NODE_CODE_BLOCK
            else { continue }
            let code = block(current, sourceLines: sourceLines)
            if case .codeBlock(_, _, fenced: true) = code.kind { blocks.append(code) }
        }
        return blocks
    }

    private static func block(_ node: OpaquePointer, sourceLines: [Substring]) -> Block {
        let start = Int(cmark_node_get_start_line(node))
        let end = max(start, Int(cmark_node_get_end_line(node)))
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            return Block(
                kind: .heading(level: Int(cmark_node_get_heading_level(node))), startLine: start, endLine: end,
                text: InlineText.plainText(of: node))
        case CMARK_NODE_PARAGRAPH:
            return Block(kind: .paragraph, startLine: start, endLine: end, text: InlineText.plainText(of: node))
        case CMARK_NODE_CODE_BLOCK:
            // cmark 0.30 does not say whether a code block is fenced: look at its first source line.
            let fenced = start - 1 < sourceLines.count && CodeFence(sourceLines[start - 1]) != nil
            return Block(
                kind: .codeBlock(
                    info: String(cString: cmark_node_get_fence_info(node)),
                    literal: String(cString: cmark_node_get_literal(node)), fenced: fenced),
                startLine: start, endLine: end, text: "")
        default:
            return Block(kind: .other, startLine: start, endLine: end, text: "")
        }
    }
}

/// Plain text of cmark inline content: emphasis dropped, code spans and link text kept.
enum InlineText {
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        appendPlainText(of: node, to: &text)
        return text.trimmingWhitespace()
    }

    /// Walks with cmark's iterator rather than by recursion: a page controls how deep its
    /// emphasis nests.
    static func appendPlainText(of node: OpaquePointer, to text: inout String) {
        guard let iterator = cmark_iter_new(node) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator), current != node else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK:
                text += " "
            case CMARK_NODE_LINEBREAK:
                text += "\n"
            default:
                break
            }
        }
    }
}
