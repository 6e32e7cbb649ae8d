/// Feishu markup that a page's converter left in a cell, half translated: `<md-text
/// type="field-name">time_period` opens a tag that the cell never closes.
enum LeftoverMarkup {
    /// `text` without `<md-…>` and `</md-…>` tags; their content stays.
    static func removingTags(from text: String) -> String {
        guard text.contains(ascii: "<") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let tag = rest[rest.index(after: open)...]
            if tag.hasPrefix("md-") || tag.hasPrefix("/md-"), let close = tag.firstIndex(of: ">") {
                rest = tag[tag.index(after: close)...]
            } else {
                result.append("<")
                rest = tag
            }
        }
        return result + rest
    }
}
