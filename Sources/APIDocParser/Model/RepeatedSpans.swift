import APIDocModel

/// Rows a flattened table repeats after each field of one named type: they are that type's.
///
/// docx's block tables list a block's 111 rows again under `text`, `heading1`, `heading2`…
/// (2,400 rows in all), and bitable's `created_by | person` and `last_modified_by | person`
/// each have the same five rows. `NestingReconstructor` reads such a span once, on its own.
enum RepeatedSpans {
    /// The rows below a field of a named type that are its own.
    struct Span {
        var length: Int
        /// The rows up to the next field of the type are the same after both (rather than only
        /// the first rows after every field alike, which the example outweighs).
        var repeatsExactly: Bool
    }

    /// The row index of each field whose span is found, and the span: where the rows after two
    /// fields of one type agree up to the second field, that many rows are the type's.
    static func spans(in rows: [FlatRow]) -> [Int: Span] {
        var positions: [String: [Int]] = [:]
        for (index, row) in rows.enumerated() where row.mayOpenScope || row.scalarWord != nil {
            if let type = row.namedType { positions[type, default: []].append(index) }
        }
        var spans: [Int: Span] = [:]
        for occurrences in positions.values where occurrences.count > 1 {
            let repeats = zip(occurrences, occurrences.dropFirst()).first { first, second in
                second + (second - first - 1) < rows.count && sameRows(rows, after: first, and: second, count: second - first - 1)
            }
            if let (template, next) = repeats {
                let length = next - template - 1
                for position in occurrences where position + length < rows.count && sameRows(rows, after: template, and: position, count: length) {
                    spans[position] = Span(length: length, repeatsExactly: true)
                }
            } else if let length = commonRows(rows, after: occurrences) {
                for position in occurrences { spans[position] = Span(length: length, repeatsExactly: false) }
            }
        }
        return spans
    }

    /// Where fields of one type are followed by different rows (docx's `text_element_style`
    /// under each kind of text element), the rows that follow every one of them alike, short of
    /// the next field of the type, are the type's.
    private static func commonRows(_ rows: [FlatRow], after occurrences: [Int]) -> Int? {
        let room = zip(occurrences, occurrences.dropFirst()).map { $1 - $0 - 1 }.min() ?? 0
        var length = 0
        while length < room, occurrences.allSatisfy({ $0 + length + 1 < rows.count }),
            occurrences.dropFirst().allSatisfy({ sameRows(rows, after: occurrences[0], and: $0, offset: length + 1) })
        {
            length += 1
        }
        return length > 0 ? length : nil
    }

    private static func sameRows(_ rows: [FlatRow], after first: Int, and second: Int, count: Int) -> Bool {
        count > 0 && (1...count).allSatisfy { sameRows(rows, after: first, and: second, offset: $0) }
    }

    private static func sameRows(_ rows: [FlatRow], after first: Int, and second: Int, offset: Int) -> Bool {
        let one = rows[first + offset].field
        let other = rows[second + offset].field
        return one.name == other.name && one.type == other.type && one.typeName == other.typeName
            && one.innermostItems?.typeName == other.innermostItems?.typeName
    }
}
