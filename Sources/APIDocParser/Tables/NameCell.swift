import Foundation

/// A field name cell, with the nesting depth some dialects write before the name:
/// `&nbsp;&nbsp;└ \`account\`` (two no-break spaces a level), `&emsp;∟&nbsp;open_id` (one em
/// space a level), one more marker a level (`&emsp;∟ ∟&nbsp;access`, `∟∟ name`), or a tree mark
/// drawn in ASCII (`|-apiSecret`, `|_callbackUrl`: a field of the row above).
struct NameCell: Equatable {
    var name: String
    /// `nil` when the cell has no depth marker (top level, or a dialect that writes none).
    var depth: Int?
    /// The indent before the depth marker: a no-break space or space 1, an em space 2.
    var indent = 0
    /// True when the cell tags the field `必选` (historic pages say so in the name cell, not in a
    /// column of their own).
    var isTaggedRequired = false

    init(_ cell: String) {
        var text = HTMLEntities.decode(LeftoverMarkup.removingTags(from: cell))
        var markers = 0
        if let mark = Self.treeMark(in: text) {
            text.removeFirst(mark)
            markers = 1
        }
        var width = 0
        var rest = Substring(text)
        var sawMarker: Bool { markers > 0 }
        while let first = rest.first {
            switch first {
            case "└", "∟": markers += 1
            // Only the indent before the marker says the depth; a space after it is just a space.
            case "\u{2003}" where !sawMarker: width += 2
            case "\u{00A0}", " ", "\u{3000}": width += sawMarker ? 0 : 1
            default: break
            }
            guard first.isWhitespace || first == "└" || first == "∟" else { break }
            rest = rest.dropFirst()
        }
        var untagged = String(rest)
        // Every tag starts with a backtick or `<`.
        let mayHoldTags = untagged.contains(ascii: "`") || untagged.contains(ascii: "<")
        for tag in Self.requiredTags + Self.optionalTags + Self.leftoverMarkup where mayHoldTags && untagged.contains(tag) {
            untagged = untagged.replacingOccurrences(of: tag, with: " ")
            isTaggedRequired = isTaggedRequired || Self.requiredTags.contains(tag)
        }
        // Markdown escapes (`has\_more`) are not part of the wire name.
        let unquoted = DescriptionCell.unquoted(untagged.trimmingWhitespace()).trimmingWhitespace()
        name = unquoted.contains("\\") ? unquoted.replacingOccurrences(of: "\\", with: "") : unquoted
        // `&emsp;diff_times` under `data`, then `&emsp;&emsp;∟instance_id`: an em space a level
        // says the depth without a marker too.
        let emSpaces = text.prefix { $0 == "\u{2003}" }.count
        depth = sawMarker ? max(1, (width + 1) / 2) + markers - 1 : emSpaces > 0 ? emSpaces : nil
        indent = sawMarker ? width : 0
    }

    /// The cells of the fields a name cell names together as alternatives, each a name of its
    /// own (`employee_id、open_id`, `&emsp;∟leader_user_id<br>&emsp;∟leader_open_id`); `nil`
    /// for a cell that names one field (`approval_code<br>\`必选\`` is a name and its tag).
    static func alternatives(in cell: String) -> [String]? {
        var parts = [cell]
        for separator in ["<br>", "<br/>", "、"] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        guard parts.count > 1,
            parts.allSatisfy({ NameCell($0).name.isPropertyName })
        else { return nil }
        return parts
    }

    /// The length of the ASCII tree mark a name cell opens with (`|-`, `|_`, or Markdown's
    /// escaped `|\_`), where a name follows it.
    static func treeMark(in cell: String) -> Int? {
        guard let mark = ["|-", "|\\_", "|_"].first(where: cell.hasPrefix) else { return nil }
        let name = cell.dropFirst(mark.count).replacingOccurrences(of: "\\", with: "")
        return name.isPropertyName ? mark.count : nil
    }

    /// Tags historic pages write after a name: `approval_code<br>\`必选\``.
    static let requiredTags = ["`必选`", "`必填`"]
    static let optionalTags = ["`可选`"]
    /// Line breaks and code spans left empty where a page's tooling dropped a tag.
    static let leftoverMarkup = ["<br>", "<br/>", "` `", "``"]

    /// True when `cell` holds nothing but a requirement tag: its name is on the line before.
    static func isRequirementTag(_ cell: String) -> Bool {
        requiredTags.contains(cell) || optionalTags.contains(cell)
    }
}
