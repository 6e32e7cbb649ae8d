/// Swift names for wire names: `offer_id` → `offerID`, `intern_offer_status` → `InternOfferStatus`,
/// keywords escaped, digits and CJK handled.
enum SwiftName {
    /// Words written in capitals, or in a house spelling, wherever they stand in a name.
    private static let spellings: [String: (upper: String, lower: String)] = [
        "id": ("ID", "id"), "ids": ("IDs", "ids"), "url": ("URL", "url"), "urls": ("URLs", "urls"),
        "uri": ("URI", "uri"), "api": ("API", "api"), "http": ("HTTP", "http"), "https": ("HTTPS", "https"),
        "json": ("JSON", "json"), "ip": ("IP", "ip"), "sso": ("SSO", "sso"), "sdk": ("SDK", "sdk"),
        "corehr": ("CoreHR", "corehr"), "apaas": ("APaaS", "apaas"), "okr": ("OKR", "okr"), "im": ("IM", "im"),
    ]

    /// Swift keywords that need backticks as a member name.
    private static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "as", "false", "is", "nil", "super", "self", "true", "try", "throws", "await", "async",
        "any", "some", "consume", "borrowing", "consuming", "package", "Any", "Self", "Type", "Protocol",
    ]

    /// Type names that would shadow what generated code refers to inside a nested type.
    private static let reservedTypeNames: Set<String> = [
        "String", "Int", "Int64", "Double", "Float", "Bool", "Array", "Dictionary", "Set", "Optional", "Error",
        "Data", "Date", "URL", "Decoder", "Encoder", "CodingKey", "CodingKeys", "Codable", "Decodable", "Encodable",
        "Sendable", "Hashable", "Equatable", "RawRepresentable", "JSONValue", "Type", "Protocol", "Self", "Any",
        "Never", "Void", "Character", "UInt", "Swift", "Foundation", "APIDocRuntime", "OpenEnumeration",
        "QueryParameters", "QueryItems", "ParameterValue",
    ]

    /// The words of a wire name: split at `_`, `-`, `.`, spaces and lower-to-upper case changes.
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in name {
            let isSeparator = !(character.isLetter || character.isNumber)
            if isSeparator {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else if let previous, character.isUppercase, previous.isLowercase || previous.isNumber {
                words.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
            previous = isSeparator ? nil : character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `intern_offer_status` → `InternOfferStatus`; `Type`-like names get a `Value` suffix.
    static func typeName(_ name: String, fallback: String = "Value") -> String {
        var result = words(name).map(capitalized).joined()
        if result.isEmpty { result = fallback }
        if result.first!.isNumber { result = "_" + result }
        if reservedTypeNames.contains(result) { result += "Value" }
        return result
    }

    /// `offer_id` → `offerID`, without escaping; `digitPrefix` goes before a leading digit.
    static func memberName(_ name: String, digitPrefix: String = "_") -> String {
        let parts = words(name)
        guard let first = parts.first else { return "value" }
        let firstWord = spellings[first.lowercased()]?.lower ?? lowerFirst(first)
        var result = firstWord + parts.dropFirst().map(capitalized).joined()
        if result.first!.isNumber { result = digitPrefix + result }
        // `self` and `init` as parameter names would hide `self` and the initializer.
        return ["self", "init"].contains(result) ? result + "Value" : result
    }

    /// A member name ready to write in a declaration: keywords in backticks.
    static func escaped(_ member: String) -> String {
        keywords.contains(member) ? "`\(member)`" : member
    }

    private static func capitalized(_ word: String) -> String {
        if let spelling = spellings[word.lowercased()] { return spelling.upper }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// `UserID` → `userID`, `ABCName` → `abcName`.
    private static func lowerFirst(_ word: String) -> String {
        let upperRun = word.prefix { $0.isUppercase }
        if upperRun.count <= 1 { return word.prefix(1).lowercased() + word.dropFirst() }
        if upperRun.count == word.count { return word.lowercased() }
        return upperRun.dropLast().lowercased() + word.dropFirst(upperRun.count - 1)
    }
}

/// Hands out names within one scope, so two wire names never become the same Swift name.
struct NameScope {
    private var used: Set<String>

    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// `name`, or `name2`, `name3`… when it is taken.
    mutating func claim(_ name: String) -> String {
        var candidate = name
        var counter = 2
        while used.contains(candidate) {
            candidate = name + String(counter)
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
