extension Substring {
    /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break spaces).
    package func trimmingWhitespace() -> String {
        // Most text handed here has nothing to trim; two byte checks say so.
        if let first = utf8.first, let last = utf8.last, Self.isPlainByte(first), Self.isPlainByte(last) {
            return String(self)
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }

    /// The text without trailing white space.
    package func trimmingTrailingWhitespace() -> String {
        if let last = utf8.last, Self.isPlainByte(last) { return String(self) }
        let scalars = unicodeScalars
        guard let last = scalars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[...last])
    }

    /// The text without leading and trailing ASCII white space: no-break and em spaces stay.
    package func trimmingASCIIWhitespace() -> String {
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = utf8.lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }

    /// An ASCII byte that is not white space: a character of its own that cannot be trimmed.
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x80
    }
}

extension String {
    /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break spaces).
    package func trimmingWhitespace() -> String { self[...].trimmingWhitespace() }

    /// The text without trailing white space.
    package func trimmingTrailingWhitespace() -> String { self[...].trimmingTrailingWhitespace() }

    /// The text without leading and trailing ASCII white space: no-break and em spaces stay.
    package func trimmingASCIIWhitespace() -> String { self[...].trimmingASCIIWhitespace() }
}

extension Unicode.Scalar {
    /// White space, with ASCII decided without a Unicode property lookup.
    fileprivate var isWhitespace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}
