import Foundation

/// A field name cell, with the nesting depth some dialects write before the name:
/// `&nbsp;&nbsp;└ \`account\`` (two no-break spaces a level) or `&emsp;∟&nbsp;open_id` (one em
/// space a level).
struct NameCell: Equatable {
    var name: String
    /// `nil` when the cell has no depth marker (top level, or a dialect that writes none).
    var depth: Int?

    init(_ cell: String) {
        let text = HTMLEntities.decode(cell)
        var width = 0
        var rest = Substring(text)
        var sawMarker = false
        while let first = rest.first {
            switch first {
            case "└", "∟": sawMarker = true
            // Only the indent before the marker says the depth; a space after it is just a space.
            case "\u{2003}" where !sawMarker: width += 2
            case "\u{00A0}", " ", "\u{3000}": width += sawMarker ? 0 : 1
            default: break
            }
            guard first.isWhitespace || first == "└" || first == "∟" else { break }
            rest = rest.dropFirst()
        }
        // Markdown escapes (`has\_more`) are not part of the wire name.
        let unquoted = DescriptionCell.unquoted(rest.trimmingWhitespace())
        name = unquoted.contains("\\") ? unquoted.replacingOccurrences(of: "\\", with: "") : unquoted
        depth = sawMarker ? max(1, (width + 1) / 2) : nil
    }
}
