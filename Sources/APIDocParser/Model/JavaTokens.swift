/// The tokens of a Java sample, as far as reading its request object needs: names (dotted names
/// are one token), string and number literals, and single punctuation characters.
struct JavaTokens {
    enum Token: Equatable {
        case name(String)
        case string(String)
        case number(String)
        case punctuation(Character)
    }

    private(set) var tokens: [Token] = []

    init(_ code: String) {
        var characters = code[...]
        while let first = characters.first {
            if first.isWhitespace {
                characters = characters.drop { $0.isWhitespace }
            } else if characters.hasPrefix("//") {
                characters = characters.drop { $0 != "\n" }
            } else if characters.hasPrefix("/*") {
                let rest = characters.dropFirst(2)
                characters = rest.range(of: "*/").map { rest[$0.upperBound...] } ?? rest[rest.endIndex...]
            } else if first == "\"" {
                let (literal, rest) = Self.stringLiteral(characters.dropFirst())
                tokens.append(.string(literal))
                characters = rest
            } else if first.isNumber {
                let literal = characters.prefix { $0.isNumber || $0 == "." || $0.isLetter }
                tokens.append(.number(String(literal)))
                characters = characters.dropFirst(literal.count)
            } else if first.isLetter || first == "_" || first == "$" {
                let name = Self.dottedName(characters)
                tokens.append(.name(String(name)))
                characters = characters.dropFirst(name.count)
            } else {
                tokens.append(.punctuation(first))
                characters = characters.dropFirst()
            }
        }
    }

    /// `com.aliyun.x.models.Request.Body`: letters, digits and `_` with single dots between.
    private static func dottedName(_ text: Substring) -> Substring {
        var end = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || character.isNumber || character == "_" || character == "$" {
                index = text.index(after: index)
                end = index
            } else if character == ".", index > text.startIndex, let next = text[text.index(after: index)...].first,
                next.isLetter || next == "_"
            {
                index = text.index(after: index)
            } else {
                break
            }
        }
        return text[text.startIndex..<end]
    }

    /// The literal's text with its escapes read, and what follows its closing quote.
    private static func stringLiteral(_ text: Substring) -> (String, Substring) {
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            switch character {
            case "\"":
                return (literal, text[index...])
            case "\\" where index < text.endIndex:
                let escaped = text[index]
                index = text.index(after: index)
                literal.append(["n": "\n", "t": "\t", "r": "\r"][escaped] ?? escaped)
            case "\n":
                // A string Java would not compile: stop at the line's end rather than read on.
                return (literal, text[index...])
            default:
                literal.append(character)
            }
        }
        return (literal, text[index...])
    }
}
