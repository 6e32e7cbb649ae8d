import APIDocModel

/// A body or response that is not an object (a bare JSON array, map or scalar), which the model
/// states as one nameless field: `typealias Body = [BodyItem]`, and the types it needs.
struct BareValueViewModel {
    var docLines: [String]
    /// `Body` or `Response`.
    var name: String
    var type: String
    var nestedObjects: [ObjectViewModel]
    var valueLists: [ValueListViewModel]
    /// Nested types declared once for the service (`SharedTypes`), under this value's names.
    var aliases: [TypeAlias] = []

    /// `nil` unless `fields` is one nameless field.
    init?(name: String, doc: String, fields: [Field], role: ObjectViewModel.Role, warn: (EmitterWarning) -> Void) {
        guard fields.count == 1, var field = fields.first, field.name.isEmpty else { return nil }
        // The element of `[…]` is named after the alias: `BodyItem`, `ResponseItem`.
        field.name = name.lowercased()
        var resolver = TypeResolver(role: role, types: NameScope(reserved: [name]), depth: 1)
        type = resolver.swiftType(for: field)
        resolver.warnings.forEach(warn)
        self.name = name
        docLines = SwiftText.docComment([doc, field.description])
        nestedObjects = resolver.nestedObjects
        valueLists = resolver.valueLists
    }
}
