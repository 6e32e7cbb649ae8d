extension String {
    /// Whether the text holds the ASCII character `character`, checked on the UTF-8 bytes.
    @inlinable package func contains(ascii character: Unicode.Scalar) -> Bool {
        utf8.contains(UInt8(ascii: character))
    }
}

extension Substring {
    /// Whether the text holds the ASCII character `character`, checked on the UTF-8 bytes.
    @inlinable package func contains(ascii character: Unicode.Scalar) -> Bool {
        utf8.contains(UInt8(ascii: character))
    }
}
