/// One documented parameter, body field or response field, with its children when it is an object.
public struct Field: Codable, Sendable, Hashable {
    /// The wire name, exactly as the page writes it.
    public var name: String
    public var type: FieldType
    /// The name the page gives an object type, such as `intern_offer_onboarding_info`.
    public var typeName: String?
    public var required: Bool
    public var description: String
    public var example: JSONValue?
    public var `default`: JSONValue?
    public var `enum`: [EnumValue]
    public var constraints: Constraints?
    /// Fields of an object, or of the elements of an array of objects.
    public var children: [Field]
    /// Whether the object type is the one of the nearest enclosing object with the same
    /// `typeName` (`children | category[]` among the rows of a `category`): its fields are that
    /// object's, to any depth, and `children` is empty. Set on the field that has the `typeName`
    /// (an array's `items`).
    public var recursive = false
    /// Whether no table row states the field and the page's JSON example shows it: read from
    /// the example, typed by its value. Its own fields are read from the example too.
    public var exampleOnly = false
    /// The 1-based page line of the row that states the field, when a row does.
    public var line: Int?
    private var itemStorage: [Field]

    /// The element of an array field, or the value of a map field where the page states its
    /// type (`map<string, int>`).
    public var items: Field? {
        get { itemStorage.first }
        set { itemStorage = newValue.map { [$0] } ?? [] }
    }

    public init(
        name: String,
        type: FieldType,
        typeName: String? = nil,
        required: Bool = false,
        description: String = "",
        example: JSONValue? = nil,
        default: JSONValue? = nil,
        enum: [EnumValue] = [],
        constraints: Constraints? = nil,
        items: Field? = nil,
        children: [Field] = []
    ) {
        self.name = name
        self.type = type
        self.typeName = typeName
        self.required = required
        self.description = description
        self.example = example
        self.default = `default`
        self.enum = `enum`
        self.constraints = constraints
        self.itemStorage = items.map { [$0] } ?? []
        self.children = children
    }

    enum CodingKeys: String, CodingKey {
        case name, type, typeName, required, description, example, `default`, `enum`, constraints, items, children, recursive, exampleOnly, line
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        type = try container.decode(FieldType.self, forKey: .type)
        typeName = try container.decodeIfPresent(String.self, forKey: .typeName)
        required = try container.decodeIfPresent(Bool.self, forKey: .required) ?? false
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        example = try container.decodeIfPresent(JSONValue.self, forKey: .example)
        `default` = try container.decodeIfPresent(JSONValue.self, forKey: .default)
        `enum` = try container.decodeIfPresent([EnumValue].self, forKey: .enum) ?? []
        constraints = try container.decodeIfPresent(Constraints.self, forKey: .constraints)
        itemStorage = try container.decodeIfPresent(Field.self, forKey: .items).map { [$0] } ?? []
        children = try container.decodeIfPresent([Field].self, forKey: .children) ?? []
        recursive = try container.decodeIfPresent(Bool.self, forKey: .recursive) ?? false
        exampleOnly = try container.decodeIfPresent(Bool.self, forKey: .exampleOnly) ?? false
        line = try container.decodeIfPresent(Int.self, forKey: .line)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(typeName, forKey: .typeName)
        try container.encode(required, forKey: .required)
        try container.encode(description, forKey: .description)
        try container.encodeIfPresent(example, forKey: .example)
        try container.encodeIfPresent(`default`, forKey: .default)
        if !`enum`.isEmpty { try container.encode(`enum`, forKey: .enum) }
        try container.encodeIfPresent(constraints, forKey: .constraints)
        try container.encodeIfPresent(items, forKey: .items)
        if !children.isEmpty { try container.encode(children, forKey: .children) }
        if recursive { try container.encode(recursive, forKey: .recursive) }
        if exampleOnly { try container.encode(exampleOnly, forKey: .exampleOnly) }
        try container.encodeIfPresent(line, forKey: .line)
    }
}

extension Field {
    /// What an array's elements are, past the arrays an array of arrays holds (`kv_entity[][]`).
    public var innermostItems: Field? {
        items.map { $0.type == .array ? $0.innermostItems ?? $0 : $0 }
    }

    /// The page's name for the object type the field is, or its elements are.
    public var objectTypeName: String? {
        typeName ?? innermostItems?.typeName
    }
}

/// The wire type of a field, normalised across the vendors' spellings (`int`, `Long`, `Array of String`…).
public enum FieldType: String, Codable, Sendable, Hashable, CaseIterable {
    case string, integer, number, boolean, object, array, map, file, any
}

/// One documented value of a value list, such as `confirm_onboarding：确认入职`.
public struct EnumValue: Codable, Sendable, Hashable {
    public var value: String
    public var description: String

    public init(value: String, description: String) {
        self.value = value
        self.description = description
    }
}

/// Validation rules a page states for a field.
public struct Constraints: Codable, Sendable, Hashable {
    public var minLength: Int?
    public var maxLength: Int?
    public var minimum: Double?
    public var maximum: Double?
    public var minItems: Int?
    public var maxItems: Int?
    public var pattern: String?
    /// A value format the page names, such as `YYYY-MM-DD`.
    public var format: String?

    public init(
        minLength: Int? = nil, maxLength: Int? = nil, minimum: Double? = nil, maximum: Double? = nil,
        minItems: Int? = nil, maxItems: Int? = nil, pattern: String? = nil, format: String? = nil
    ) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.minimum = minimum
        self.maximum = maximum
        self.minItems = minItems
        self.maxItems = maxItems
        self.pattern = pattern
        self.format = format
    }

    /// True when the page stated no rule at all.
    public var isEmpty: Bool { self == Constraints() }
}
