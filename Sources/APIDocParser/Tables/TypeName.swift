import Foundation
import APIDocModel

/// A type as a page writes it (`string`, `int`, `Long`, `Array of String`, `i18n\[\]`,
/// `intern_offer_onboarding_info`, `\-`), normalised.
struct TypeName: Equatable {
    var type: FieldType
    /// The page's own name for an object type.
    var typeName: String?
    /// True when the page gives no type (`-`), so the page's examples must say.
    var isUnstated: Bool = false
    /// True for Go's `interface`: an object where rows follow, any value where none do.
    var isInterface = false
    /// True where the page's generics nest deeper than the model does
    /// (`NestingLimit.maximumDepth`): the elements from here on are any JSON value.
    var isCutOff = false
    /// A type word the page misspelt (`stirng`, `Sting`), read as the word it misspells.
    var misspelling: Misspelling? {
        get { ownMisspelling ?? element?.misspelling }
        set { ownMisspelling = newValue }
    }
    private var ownMisspelling: Misspelling?

    /// A type word as written and the type word it is read as.
    struct Misspelling: Equatable {
        var written: String
        var meant: String
    }
    /// An array's element type, itself an array for an array of arrays (`kv_entity[][]`).
    var element: TypeName? {
        get { elementStorage.first }
        set { elementStorage = newValue.map { [$0] } ?? [] }
    }
    private var elementStorage: [TypeName] = []

    /// Whether the text is a type word (`string`, `int[]`, `object`) rather than a name taken for
    /// an object type's or nothing.
    var namesAWireType: Bool { typeName == nil && !isUnstated }

    /// The type of the innermost elements of an array of arrays, or this type itself.
    var innermost: TypeName { element?.innermost ?? self }

    /// The element type of an array.
    var items: FieldType? { element?.type }
    /// The element's own type name, for `i18n[]`-style arrays of named objects.
    var itemsTypeName: String? { element?.typeName }

    init(type: FieldType, typeName: String? = nil, items: FieldType? = nil, itemsTypeName: String? = nil, isUnstated: Bool = false) {
        self.type = type
        self.typeName = typeName
        self.isUnstated = isUnstated
        self.element = items.map { TypeName(type: $0, typeName: itemsTypeName) }
    }

    init(_ written: String) {
        self.init(plain: HTMLEntities.decode(LeftoverMarkup.removingTags(from: written)).filter { $0 != "\\" && $0 != "`" }, depth: 0)
    }

    /// The type `plain` (markup, entities and escapes gone) writes, `depth` levels of generics in.
    private init(plain: String, depth: Int) {
        // Each level reads the text inside its brackets again: the bound keeps the time linear
        // as well as the model's depth.
        guard depth < NestingLimit.maximumDepth else {
            self.init(type: .any)
            isCutOff = true
            return
        }
        var text = plain.trimmingWhitespace()
        // `number(float)`, `int(64)`: the size in brackets does not change the wire type.
        if text.hasSuffix(")"), let open = text.firstIndex(of: "("), open != text.startIndex {
            text = String(text[..<open])
        }
        let lower = text.lowercased()
        if let primitive = Self.primitive(lower) {
            self.init(type: primitive)
            isInterface = lower == "interface"
        } else if let meant = Self.misspelledWords.first(where: { Self.misspells(lower, $0) }), let primitive = Self.primitive(meant) {
            self.init(type: primitive)
            misspelling = Misspelling(written: text, meant: meant)
        } else if lower.hasPrefix("array of ") || lower.hasPrefix("list of ") {
            self.init(arrayOf: String(text.split(separator: " ").dropFirst(2).joined(separator: " ")), depth: depth)
        } else if (lower.hasPrefix("list<") || lower.hasPrefix("array<")) && lower.hasSuffix(">") {
            self.init(arrayOf: String(text.drop { $0 != "<" }.dropFirst().dropLast()), depth: depth)
        } else if lower.hasSuffix("[]") {
            self.init(arrayOf: String(text.dropLast(2)), depth: depth)
        } else if (lower.hasPrefix("map<") || lower.hasPrefix("dict<")) && lower.hasSuffix(">") {
            // `map<string, int>`, `Map<String, Array of String>`: keys the page cannot list, values
            // of the type after the first comma outside brackets.
            self.init(type: .map)
            if let value = Self.mapValueType(String(text.drop { $0 != "<" }.dropFirst().dropLast())) {
                self.element = TypeName(plain: value, depth: depth + 1)
            }
        } else if lower == "array" || lower == "list" {
            self.init(type: .array)
        } else if lower.isEmpty || lower == "-" || lower == "—" {
            self.init(type: .object, isUnstated: true)
        } else {
            let isName = text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
            self.init(type: .object, typeName: isName ? text : nil)
        }
    }

    /// `V` of a map's `K, V`, where it names a type.
    private static func mapValueType(_ arguments: String) -> String? {
        var depth = 0
        for index in arguments.indices {
            switch arguments[index] {
            case "<": depth += 1
            case ">": depth -= 1
            case "," where depth == 0:
                let value = arguments[arguments.index(after: index)...].trimmingWhitespace()
                return value.isEmpty ? nil : String(value)
            default: break
            }
        }
        return nil
    }

    private init(arrayOf element: String, depth: Int) {
        self.init(type: .array)
        self.element = TypeName(plain: element, depth: depth + 1)
    }

    /// The field an array's elements are, down to the elements of an array of arrays.
    func elementField(named name: String) -> Field? {
        element.map { element in
            var field = Field(name: name, type: element.type, typeName: element.typeName)
            field.items = element.elementField(named: name)
            return field
        }
    }

    /// Type words long enough that one letter left out or two swapped still says which is meant.
    private static let misspelledWords = ["string", "integer", "boolean", "double", "number"]

    /// Whether `written` is `word` with one letter left out or two next to each other swapped.
    private static func misspells(_ written: String, _ word: String) -> Bool {
        // The type words are ASCII: a text of any other length in bytes cannot be one misspelt.
        guard (word.utf8.count - 1...word.utf8.count).contains(written.utf8.count) else { return false }
        let written = Array(written), word = Array(word)
        if written.count == word.count - 1 {
            return word.indices.contains { index in
                var shortened = word
                shortened.remove(at: index)
                return shortened == written
            }
        }
        guard written.count == word.count, let first = written.indices.first(where: { written[$0] != word[$0] }),
            first + 1 < written.count
        else { return false }
        var swapped = written
        swapped.swapAt(first, first + 1)
        return swapped == word
    }

    private static func primitive(_ lower: String) -> FieldType? {
        switch lower {
        case "string", "str", "text", "date", "datetime": .string
        // `i64`: the Thrift spelling some Feishu tables keep (`list<i64>`).
        // `array<byte>`: an image's bytes as the numbers the example lists.
        case "int", "integer", "int32", "int64", "i32", "i64", "long", "short", "byte": .integer
        case "float", "double", "number", "decimal", "bigdecimal": .number
        case "boolean", "bool": .boolean
        // `interface`: Go's `interface{}`, which the sheets pages write for objects whose rows
        // follow and for cell values of any kind (`array<array<interface>>`).
        case "object", "json", "struct", "interface": .object
        case "map", "dict", "dictionary": .map
        // `FileItem`: DingTalk's name for a multipart file part (its SDKs' class).
        case "file", "binary", "fileitem": .file
        case "any", "union": .any
        default: nil
        }
    }
}

extension JSONValue {
    /// The value an example cell gives, read as the field's type says.
    init?(example text: String, as type: FieldType) {
        let text = text.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        switch type {
        case .integer:
            guard let number = Int64(text) else { return nil }
            self = .integer(number)
        case .number:
            // JSON has no NaN or infinity, and `Double("nan")` parses.
            guard let number = Double(text), number.isFinite else { return nil }
            self = .number(number)
        case .boolean:
            switch text.lowercased() {
            case "true": self = .bool(true)
            case "false": self = .bool(false)
            default: return nil
            }
        case .array, .object, .map, .any:
            guard let value = ExampleJSON.value(of: text) else { return nil }
            self = value
        case .string, .file:
            self = .string(text)
        }
    }
}
