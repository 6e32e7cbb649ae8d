import CCMark

/// libcmark alone on a page, the yardstick the benchmark measures the whole generator against.
package enum CMarkBaseline {
    /// Parses `text` into a cmark document and frees it; returns the number of top-level blocks.
    package static func parse(_ text: String) -> Int {
        text.withCString { pointer in
            guard let document = cmark_parse_document(pointer, text.utf8.count, CMARK_OPT_DEFAULT) else { return 0 }
            defer { cmark_node_free(document) }
            var count = 0
            var node = cmark_node_first_child(document)
            while let current = node {
                count += 1
                node = cmark_node_next(current)
            }
            return count
        }
    }
}
