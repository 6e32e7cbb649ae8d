import APIDocModel

/// Fields read off a JSON example, for pages that show a response only as an example.
enum ExampleFields {
    /// The fields of `object`, by key, with types and examples from the values.
    static func fields(of object: [String: JSONValue]) -> [Field] {
        object.keys.sorted().map { key in field(named: key, value: object[key]!) }
    }

    static func field(named name: String, value: JSONValue) -> Field {
        var field = Field(name: name, type: type(of: value))
        switch value {
        case .object(let members) where isKeyedByData(members):
            // Keyed by data (`nodbc9eC8*****UFOq05rLhpjzc`, `人员`): a map of what its values show.
            field.type = .map
            if let shown = ExampleShape.merged(members.keys.sorted().compactMap { members[$0] }.filter { $0 != .null }) {
                var values = Self.field(named: name, value: shown)
                values.example = nil
                field.items = values
            }
        case .object(let members):
            field.children = fields(of: members)
        case .array(let elements):
            // Every element may show members the others leave out (form components' `props`).
            if let shown = ExampleShape.merged(elements.filter { $0 != .null }) {
                var items = Self.field(named: name, value: shown)
                items.example = nil
                field.items = items
            }
        case .null:
            break
        default:
            field.example = value
        }
        return field
    }

    /// Whether an example object's keys are data rather than property names: a map.
    static func isKeyedByData(_ members: [String: JSONValue]) -> Bool {
        !members.isEmpty && !members.keys.allSatisfy(\.isPropertyName)
    }

    static func type(of value: JSONValue) -> FieldType {
        switch value {
        case .null: .any
        case .bool: .boolean
        case .integer: .integer
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }
}
