/// A fenced code block whose closing fence is indented four spaces further than its opening one,
/// so that Markdown reads that fence as code and the block runs on, over the page's headings, to
/// the next bare fence.
///
/// Conversions of Feishu's pages lose the indentation of a list item's opening fence but keep the
/// closing one's (```` ```json ```` at the margin, ```` ``` ```` four spaces in): the answer's
/// heading, table and example after it would all be code. Only a block that holds a heading after
/// such a fence is taken as cut short there; a code sample of Markdown may nest fences on purpose.
struct OverIndentedFence {
    /// 1-based.
    let openingLine: Int
    /// 1-based: the fence taken as the block's end.
    let closingLine: Int

    /// The over-indented closing fences of the fenced code blocks of `outline` that swallow a
    /// heading.
    static func all(in outline: MarkdownOutline, lines: [Substring]) -> [OverIndentedFence] {
        outline.blocks.compactMap { block in
            guard case .codeBlock(_, _, fenced: true) = block.kind, block.startLine >= 1, block.endLine <= lines.count,
                let opening = CodeFence(lines[block.startLine - 1])
            else { return nil }
            let inner = block.startLine..<max(block.startLine, block.endLine - 1)
            guard
                let closing = inner.first(where: { index in
                    CodeFence(lines[index]).map { $0.closes(opening) && $0.indentation >= opening.indentation + 4 } == true
                }),
                lines[(closing + 1)..<max(closing + 1, block.endLine - 1)].contains(where: isHeading)
            else { return nil }
            return OverIndentedFence(openingLine: block.startLine, closingLine: closing + 1)
        }
    }

    /// The closing fence's line, indented as the opening fence is.
    func repaired(_ lines: [Substring]) -> Substring {
        let indentation = CodeFence(lines[openingLine - 1])?.indentation ?? 0
        return Substring(String(repeating: " ", count: indentation)) + lines[closingLine - 1].drop { $0 == " " }
    }

    private static func isHeading(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        guard line.count - trimmed.count <= 3 else { return false }
        let marks = trimmed.prefix { $0 == "#" }.count
        return (1...6).contains(marks) && (trimmed.count == marks || trimmed.dropFirst(marks).first == " ")
    }
}
