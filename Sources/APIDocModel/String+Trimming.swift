extension Substring {
    /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break
    /// spaces), as a slice of this one: no copy.
    package func trimmedSlice() -> Substring {
        // ASCII white space goes byte by byte; only a non-ASCII byte at an end needs scalars.
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, isASCIIWhitespace(utf8[start]) { utf8.formIndex(after: &start) }
        while start < end, isASCIIWhitespace(utf8[utf8.index(before: end)]) { utf8.formIndex(before: &end) }
        guard start < end else { return self[end..<end] }
        let rest = self[start..<end]
        if rest.utf8.first! < 0x80, rest.utf8.last! < 0x80 { return rest }
        let scalars = rest.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }) else { return self[end..<end] }
        let last = scalars.lastIndex(where: { !$0.isWhitespace })!
        return rest[first...last]
    }

    /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break spaces).
    package func trimmingWhitespace() -> String {
        String(trimmedSlice())
    }

    /// The text without trailing white space.
    package func trimmingTrailingWhitespace() -> String {
        if let last = utf8.last, last > 0x20, last < 0x80 { return String(self) }
        let scalars = unicodeScalars
        guard let last = scalars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[...last])
    }

    /// The text without leading and trailing ASCII white space: no-break and em spaces stay.
    package func trimmingASCIIWhitespace() -> String {
        guard let first = utf8.firstIndex(where: { !isASCIIWhitespace($0) }) else { return "" }
        let last = utf8.lastIndex(where: { !isASCIIWhitespace($0) })!
        return String(self[first...last])
    }

}

extension String {
    /// The text without leading and trailing white space, as a slice of this one: no copy.
    package func trimmedSlice() -> Substring { self[...].trimmedSlice() }

    /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break spaces).
    package func trimmingWhitespace() -> String { self[...].trimmingWhitespace() }

    /// The text without trailing white space.
    package func trimmingTrailingWhitespace() -> String { self[...].trimmingTrailingWhitespace() }

    /// The text without leading and trailing ASCII white space: no-break and em spaces stay.
    package func trimmingASCIIWhitespace() -> String { self[...].trimmingASCIIWhitespace() }
}

extension ArraySlice<UInt8> {
    /// These UTF-8 bytes without the white space around them: ASCII trimmed on the bytes, Unicode
    /// white space at an end (rare) the slow way.
    package func trimmedUTF8() -> ArraySlice<UInt8> {
        guard let first = firstIndex(where: { !isASCIIWhitespace($0) }) else { return [] }
        let last = lastIndex(where: { !isASCIIWhitespace($0) })!
        let result = self[first...last]
        guard result.first! >= 0x80 || result.last! >= 0x80 else { return result }
        return ArraySlice(String(decoding: result, as: UTF8.self).trimmingWhitespace().utf8)
    }
}

private func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
}

extension Unicode.Scalar {
    /// White space, with ASCII decided without a Unicode property lookup.
    fileprivate var isWhitespace: Bool {
        value < 0x80 ? isASCIIWhitespace(UInt8(value)) : properties.isWhitespace
    }
}
