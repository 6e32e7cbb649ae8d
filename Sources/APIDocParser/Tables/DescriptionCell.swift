import Foundation
import APIDocModel

/// What a description cell states besides its prose: `**示例值**`, `**可选值有**` lists,
/// `**数据校验规则**`, `**值格式**`, `**默认值**`, `**固定值**`.
struct DescriptionCell {
    /// The remaining prose, Markdown kept, one page line a line.
    var description: String = ""
    var example: String?
    var enumValues: [EnumValue] = []
    var constraints = Constraints()
    var defaultValue: String?
    /// A value the page fixes, such as `Content-Type: application/json; charset=utf-8`.
    var fixedValue: String?

    private enum Mode { case prose, values, rules }

    init(_ cell: String) {
        var prose: [String] = []
        var mode = Mode.prose
        for rawLine in Self.lines(of: cell) {
            let line = LabelledLine(rawLine)
            if let label = line.label {
                mode = .prose
                switch Self.kind(ofLabel: label) {
                case .example:
                    example = Self.unquoted(line.value)
                case .values:
                    mode = .values
                case .rules:
                    mode = .rules
                    if !line.value.isEmpty, !readRule(line.value) { prose.append(rawLine) }
                case .format:
                    constraints.format = Self.unquoted(line.value)
                case .defaultValue:
                    defaultValue = Self.unquoted(line.value)
                case .fixedValue:
                    fixedValue = Self.unquoted(line.value)
                case .prose:
                    prose.append(rawLine)
                }
                continue
            }
            switch mode {
            case .values where line.isListItem:
                // Converted pages run items together: `- \`1\`: 可用 - \`2\`: 停用`.
                enumValues += line.value.components(separatedBy: " - ").map(Self.enumValue)
            case .rules where readRule(line.value):
                continue
            default:
                // DingTalk introduces a value list in prose: `退出企业方式,取值:` then `- oapi:…` items.
                mode = Self.introducesValues(line.value) ? .values : .prose
                prose.append(rawLine)
            }
        }
        description = prose.joined(separator: "\n")
    }

    private enum LabelKind { case example, values, rules, format, defaultValue, fixedValue, prose }

    private static func kind(ofLabel label: String) -> LabelKind {
        switch label {
        case "示例", "示例值": .example
        case "可选值有", "可选值": .values
        case "数据校验规则": .rules
        case "值格式": .format
        case "默认值": .defaultValue
        case "固定值": .fixedValue
        default: .prose
        }
    }

    private static func introducesValues(_ text: String) -> Bool {
        ["取值:", "取值：", "取值如下:", "取值如下：", "可选值:", "可选值："].contains { text.hasSuffix($0) }
    }

    /// Cell text split at line breaks (`<br>` in one-line dialects, newlines in multi-line ones).
    static func lines(of cell: String) -> [String] {
        HTMLEntities.decode(replacingBreakTags(in: cell))
            .lines(omittingEmpty: true)
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
    }

    /// `<br>`, `<br/>`, `<br />`, `</br>` (any case) → a line break, in one pass.
    static func replacingBreakTags(in text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), let end = breakTagEnd(bytes, from: index) {
                result.append(UInt8(ascii: "\n"))
                index = end
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The index after a break tag starting at `start`, or `nil` when none starts there.
    private static func breakTagEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
        guard index + 1 < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "b"), bytes[index + 1] | 0x20 == UInt8(ascii: "r") else {
            return nil
        }
        index += 2
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "/") { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: ">") ? index + 1 : nil
    }

    /// `"Bearer t-7f1b"` → `Bearer t-7f1b`; text without surrounding quotes stays as it is.
    static func unquoted(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        for (open, close) in [("\"", "\""), ("“", "”"), ("`", "`")] {
            if trimmed.count >= 2, trimmed.hasPrefix(open), trimmed.hasSuffix(close) {
                return String(trimmed.dropFirst().dropLast())
            }
        }
        return trimmed
    }

    /// `confirm_onboarding：确认入职` → value and description.
    private static func enumValue(_ text: String) -> EnumValue {
        let separators: [Character] = ["：", ":"]
        guard let separator = text.firstIndex(where: separators.contains) else {
            return EnumValue(value: text, description: "")
        }
        return EnumValue(
            value: unquoted(String(text[..<separator])),
            description: text[text.index(after: separator)...].trimmingWhitespace())
    }

    /// Reads one validation rule; false when the line is not a rule this reader knows.
    private mutating func readRule(_ text: String) -> Bool {
        let separators: [Character] = ["：", ":"]
        guard let separator = text.firstIndex(where: separators.contains) else { return false }
        let name = text[..<separator].trimmingWhitespace()
        let value = text[text.index(after: separator)...].trimmingWhitespace()
        // A number past what a Double holds reads as infinity, which JSON cannot carry.
        let numbers = value.split { !$0.isNumber && $0 != "-" && $0 != "." }.compactMap { Double($0) }.filter(\.isFinite)
        // A length or count is a whole number an Int holds; any other is no rule.
        let counts = numbers.map { Int(exactly: $0) }
        switch name {
        case "最大长度": constraints.maxLength = counts.first ?? nil
        case "最小长度": constraints.minLength = counts.first ?? nil
        case "长度范围":
            constraints.minLength = counts.first ?? nil
            constraints.maxLength = counts.dropFirst().first ?? nil
        case "最大值": constraints.maximum = numbers.first
        case "最小值": constraints.minimum = numbers.first
        case "取值范围":
            constraints.minimum = numbers.first
            constraints.maximum = numbers.dropFirst().first
        case "数据长度", "数组长度":
            constraints.minItems = counts.first ?? nil
            constraints.maxItems = counts.dropFirst().first ?? nil
        case "正则校验": constraints.pattern = Self.unquoted(value)
        default: return false
        }
        return true
    }
}
