extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break spaces).
    package func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }

    /// The text without trailing white space.
    package func trimmingTrailingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let last = scalars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[...last])
    }
}

extension Unicode.Scalar {
    /// White space, with ASCII decided without a Unicode property lookup.
    fileprivate var isWhitespace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}
