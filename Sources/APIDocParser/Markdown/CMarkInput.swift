import CCMark

/// Text as it is safe to hand to the libcmark this was linked with.
///
/// libcmark before 0.30.3 (Debian 12 ships 0.30.2) takes quadratic time on image openers around
/// links, `![[]()` repeated (CVE-2023-22486): a 1 MB page of them takes minutes. Where a text
/// holds more image openers than any real page (the corpus has at most 28), they are read as link
/// openers instead: the same plain text, and linear time.
struct CMarkInput {
    /// More `![` than this in one text are neutralised on an affected libcmark.
    static let imageOpenerLimit = 1_000
    /// libcmark 0.30.3, as `cmark_version()` encodes it.
    private static let fixedVersion: Int32 = 0x00_1E_03

    /// The text to parse.
    let text: String
    /// How many image openers were read as link openers; 0 for nearly every page.
    let neutralisedImageOpeners: Int

    init(_ text: String) {
        guard cmark_version() < Self.fixedVersion else {
            self.text = text
            neutralisedImageOpeners = 0
            return
        }
        var bytes = Array(text.utf8)
        var openers: [Int] = []
        for index in bytes.indices.dropLast() where bytes[index] == UInt8(ascii: "!") && bytes[index + 1] == UInt8(ascii: "[") {
            openers.append(index)
        }
        guard openers.count > Self.imageOpenerLimit else {
            self.text = text
            neutralisedImageOpeners = 0
            return
        }
        for index in openers { bytes[index] = UInt8(ascii: " ") }
        self.text = String(decoding: bytes, as: UTF8.self)
        neutralisedImageOpeners = openers.count
    }

    /// Parses the text and passes the document to `body`, then frees it; `nil` when cmark fails.
    func withDocument<Result>(_ body: (OpaquePointer) -> Result) -> Result? {
        text.withCString { pointer in
            guard let document = cmark_parse_document(pointer, text.utf8.count, CMARK_OPT_DEFAULT) else { return nil }
            defer { cmark_node_free(document) }
            return body(document)
        }
    }
}
