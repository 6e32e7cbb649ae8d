import APIDocModel

/// A documented value list as an open enumeration struct: a `static let` per value.
struct ValueListViewModel {
    struct Value {
        var docLines: [String]
        /// Escaped for the declaration.
        var name: String
        var literal: String
    }

    var name: String
    var docLines: [String]
    var rawType: String
    var values: [Value]

    init(name: String, field: Field) {
        self.name = name
        let isInteger = field.type == .integer || field.items?.type == .integer
        rawType = isInteger ? "Int" : "String"
        docLines = SwiftText.docComment(["The documented values of `\(field.name)`; others decode too."])
        var scope = NameScope(reserved: ["rawValue", "init"])
        values = field.enum.map { value in
            let member = scope.claim(SwiftName.memberName(value.value, digitPrefix: "value"))
            let literal = isInteger && Int(value.value) != nil ? value.value : SwiftText.stringLiteral(value.value)
            return Value(docLines: SwiftText.docComment([value.description]), name: SwiftName.escaped(member), literal: literal)
        }
    }

    /// Whether a field's values become a value list.
    static func applies(to field: Field) -> Bool {
        guard !field.enum.isEmpty else { return false }
        let type = field.type == .array ? field.items?.type : field.type
        guard type == .string || type == .integer else { return false }
        return type == .string || field.enum.allSatisfy { Int($0.value) != nil }
    }
}
