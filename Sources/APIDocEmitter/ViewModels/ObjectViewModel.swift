import APIDocModel

/// A struct for an object the page describes: an endpoint's query, headers, body or response, or
/// an object nested in one of them.
struct ObjectViewModel {
    struct Property {
        var docLines: [String]
        /// Escaped for declarations.
        var name: String
        var type: String
        var initParameter: String
        var separator: String
        var codingKey: String
        var wireLiteral: String
        var isArray: Bool
    }

    enum Role {
        /// Query parameters or headers: scalars and lists of scalars, written by `write(to:)`.
        case query, headers
        /// Request parts: required fields are non-optional.
        case request
        /// A `multipart/form-data` body: text fields and files, written by `write(to:)`.
        case multipart
        /// Responses: every field optional, since servers leave fields out.
        case response
    }

    var name: String
    var docLines: [String]
    var conformances: String
    var writesQuery: Bool
    var writesHeaders: Bool
    var writesMultipart: Bool
    var properties: [Property]
    var hasProperties: Bool
    /// Requests get an initializer with a parameter per property. Answers are decoded, so they get
    /// `init()` and settable optional properties (enough to build one in a test), which spares the
    /// compiler a default-argument function per property.
    var hasMemberwiseInit: Bool
    var hasCodingKeys: Bool
    var nestedObjects: [ObjectViewModel]
    var valueLists: [ValueListViewModel]
    /// Nested types declared once for the service (`SharedTypes`), under this object's names.
    var aliases: [TypeAlias] = []
    /// True when every property may be left out, so callers can write `.init()`.
    var allOptional: Bool

    /// - Parameters:
    ///   - depth: How deep the object's fields are, 1 for an endpoint's parameters, body and
    ///     response.
    ///   - typeName: The page's name for the object's type, which a `recursive` field of it names.
    init(
        name: String, doc: [String], fields: [Field], role: Role, depth: Int = 1, typeName: String? = nil,
        warn: (EmitterWarning) -> Void
    ) {
        self.name = name
        docLines = SwiftText.docComment(doc)
        writesQuery = role == .query
        writesHeaders = role == .headers
        writesMultipart = role == .multipart
        conformances = switch role {
        case .query: "Sendable, Hashable, QueryParameters"
        case .headers: "Sendable, Hashable"
        case .multipart: "Sendable, Hashable, MultipartFields"
        case .request, .response: "Codable, Sendable, Hashable"
        }
        var members = NameScope(reserved: ["CodingKeys"])
        var types = NameScope(reserved: [name, "CodingKeys"])
        var nestedObjects: [ObjectViewModel] = []
        var valueLists: [ValueListViewModel] = []
        var properties: [Property] = []
        var wireNames = Set<String>()
        for field in fields {
            // One key, one property: a flattened table can put a name twice into one object.
            guard wireNames.insert(field.name).inserted else {
                warn(EmitterWarning(.duplicate, line: field.line, "field '\(field.name)' appears twice in \(name); the second is left out"))
                continue
            }
            let member = members.claim(SwiftName.memberName(field.name))
            var resolver = TypeResolver(role: role, types: types, depth: depth, enclosingTypeName: typeName)
            let baseType = resolver.swiftType(for: field)
            resolver.warnings.forEach(warn)
            types = resolver.types
            nestedObjects += resolver.nestedObjects
            valueLists += resolver.valueLists
            let optional = role == .response || !field.required
            let type = optional ? baseType + "?" : baseType
            let escaped = SwiftName.escaped(member)
            let wire = SwiftText.stringLiteral(field.name)
            properties.append(
                Property(
                    docLines: FieldDocumentation.lines(for: field), name: escaped, type: type,
                    initParameter: "\(escaped): \(type)" + (optional ? " = nil" : ""), separator: ",",
                    codingKey: member == field.name ? "case \(escaped)" : "case \(escaped) = \(wire)", wireLiteral: wire,
                    isArray: field.type == .array))
        }
        if !properties.isEmpty { properties[properties.count - 1].separator = "" }
        self.properties = properties
        hasProperties = !properties.isEmpty
        hasMemberwiseInit = hasProperties && role != .response
        hasCodingKeys = (role == .request || role == .response) && properties.contains { $0.codingKey.contains("=") }
        self.nestedObjects = nestedObjects
        self.valueLists = valueLists
        allOptional = properties.allSatisfy { $0.type.hasSuffix("?") }
    }
}

/// The Swift type of a field, collecting the nested structs and value lists it needs.
struct TypeResolver {
    let role: ObjectViewModel.Role
    var types: NameScope
    /// How deep the field being typed is.
    let depth: Int
    /// The page's name for the type of the object the field is in.
    let enclosingTypeName: String?
    var nestedObjects: [ObjectViewModel] = []
    var valueLists: [ValueListViewModel] = []
    /// What the Swift types cannot express as the page documents it.
    var warnings: [EmitterWarning] = []

    init(role: ObjectViewModel.Role, types: NameScope, depth: Int, enclosingTypeName: String? = nil) {
        self.role = role
        self.types = types
        self.depth = depth
        self.enclosingTypeName = enclosingTypeName
    }

    mutating func swiftType(for field: Field) -> String {
        if role == .multipart, field.type == .file || field.items?.type == .file {
            return field.type == .array ? "[FilePart]" : "FilePart"
        }
        if role == .query || role == .headers || role == .multipart, !Self.isTextual(field) {
            warnings.append(
                EmitterWarning(
                    .loosened, line: field.line,
                    "parameter '\(field.name)' is documented as \(field.type.rawValue), which a query, header or form field carries only as text; it is typed String"
                ))
            return "String"
        }
        if ValueListViewModel.applies(to: field) {
            let name = types.claim(SwiftName.typeName(field.type == .array ? singular(field.name) : field.name))
            valueLists.append(ValueListViewModel(name: name, field: field))
            return field.type == .array ? "[\(name)]" : name
        }
        switch field.type {
        case .string: return "String"
        case .integer: return "Int"
        case .number: return "Double"
        case .boolean: return "Bool"
        case .any: return "JSONValue"
        case .map:
            // `map<string, int>`: the values' type, where the page states it.
            guard let values = field.items else { return "[String: JSONValue]" }
            var value = values
            value.name = field.name
            return "[String: " + swiftType(for: value) + "]"
        case .file:
            // A file outside a multipart body: pages name object types `file` too.
            return "JSONValue"
        case .object:
            if field.recursive { return recursiveReference(to: field.typeName, named: field.name, line: field.line, inArray: false) }
            guard !field.children.isEmpty else { return "JSONValue" }
            return nestedObject(
                named: field.name, typeName: field.typeName, line: field.line, doc: Self.typeNameDoc(field.typeName, of: field),
                fields: field.children)
        case .array:
            guard let items = field.items else { return "[JSONValue]" }
            if items.type == .object {
                if items.recursive { return "[" + recursiveReference(to: items.typeName, named: field.name, line: field.line, inArray: true) + "]" }
                guard !items.children.isEmpty else { return "[JSONValue]" }
                return "[" + nestedObject(
                        named: singular(field.name), typeName: items.typeName, line: field.line, doc: Self.typeNameDoc(items.typeName, of: field),
                        fields: items.children) + "]"
            }
            var element = items
            element.name = singular(field.name)
            return "[" + swiftType(for: element) + "]"
        }
    }

    /// The object a `recursive` field is in, as the field's type: `[Self]` within it. A struct
    /// cannot hold itself outside an array, and names a type further out only by a path that
    /// shared types change, so those are any JSON value, which still carries the data.
    private mutating func recursiveReference(to typeName: String?, named wireName: String, line: Int?, inArray: Bool) -> String {
        if inArray, typeName == enclosingTypeName { return "Self" }
        let reason = inArray ? "an object further out" : "the object it is in, which a struct cannot hold"
        warnings.append(
            EmitterWarning(
                .loosened, line: line,
                "field '\(wireName)' is of type '\(typeName ?? "")' again, \(reason); it is typed as any JSON value"))
        return "JSONValue"
    }

    private mutating func nestedObject(named wireName: String, typeName: String?, line: Int?, doc: [String], fields: [Field]) -> String {
        // A model read from a page never nests deeper (the parser cuts it off); one built by hand
        // might, and every level is a struct inside a struct.
        guard depth < NestingLimit.maximumDepth else {
            warnings.append(
                EmitterWarning(
                    .nesting, line: line, "field '\(wireName)' nests deeper than \(NestingLimit.maximumDepth) levels; it is typed as any JSON value"))
            return "JSONValue"
        }
        let name = types.claim(SwiftName.typeName(wireName))
        nestedObjects.append(
            ObjectViewModel(name: name, doc: doc, fields: fields, role: role, depth: depth + 1, typeName: typeName) { warnings.append($0) })
        return name
    }

    /// The name the page gives the object's type, when it says more than the field's name.
    private static func typeNameDoc(_ typeName: String?, of field: Field) -> [String] {
        guard let typeName, typeName != field.name else { return [] }
        return ["`\(typeName)`"]
    }

    private static func isTextual(_ field: Field) -> Bool {
        let scalars: Set<FieldType> = [.string, .integer, .number, .boolean]
        return scalars.contains(field.type) || field.type == .array && scalars.contains(field.items?.type ?? .any)
    }

    /// `records` → `record`, `entries` → `entry`: the element of a list reads better singular.
    private func singular(_ name: String) -> String {
        if name.hasSuffix("ies"), name.count > 4 { return name.dropLast(3) + "y" }
        if name.hasSuffix("s"), !name.hasSuffix("ss"), name.count > 3 { return String(name.dropLast()) }
        return name + "_item"
    }
}
