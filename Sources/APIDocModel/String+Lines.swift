extension String {
    /// The text's lines, split at `\n` bytes: grapheme breaking, which `split(separator: "\n")`
    /// does for every character, is not needed to find a line feed.
    package func lines(omittingEmpty: Bool = false) -> [Substring] {
        var lines: [Substring] = []
        var start = startIndex
        var searchFrom = utf8.startIndex
        while let newline = utf8[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
            if !omittingEmpty || start < newline { lines.append(self[start..<newline]) }
            start = utf8.index(after: newline)
            searchFrom = start
        }
        if !omittingEmpty || start < endIndex { lines.append(self[start...]) }
        return lines
    }
}
