import APIDocModel

/// Members a page's JSON example shows that no table row documents, added where the example puts
/// them, typed by their values (`ExampleFields`): the page states them, only not in its tables.
/// Each is marked `exampleOnly`, and the page still gets its contradiction warning
/// (`ExampleConformance.Problem.exampleOnly`).
struct ExampleOnlyMembers {
    /// Where the example block starts: the new fields' line.
    let line: Int
    /// The names of the section's rows placed by table order (`NestingReconstructor`). A member
    /// named like one is left out: it may be that row, read into the wrong place, and adding it
    /// would hide the misreading.
    let namesPlacedByGuess: Set<String>

    /// `fields` (a body's or an answer's) with the members `example` shows and they lack, the way
    /// `ExampleConformance` walks them.
    func adding(from example: JSONValue, to fields: [Field]) -> [Field] {
        if fields.count == 1, let bare = fields.first, bare.name.isEmpty {
            return [adding(from: example, to: bare)]
        }
        return adding(members: example, to: fields)
    }

    private func adding(members value: JSONValue, to fields: [Field]) -> [Field] {
        // An object that shares no member with the fields is not the one they document (an
        // example of another call, a map keyed by IDs); a member whose name no property has
        // (`FINST-966M`, `人员`) is a map's key.
        guard case .object(let members) = value, fields.contains(where: { members[$0.name] != nil }) else { return fields }
        var fields = fields
        for name in members.keys.sorted() {
            let member = members[name] ?? .null
            if let index = fields.firstIndex(where: { $0.name == name }) {
                fields[index] = adding(from: member, to: fields[index])
            } else if member != .null, !namesPlacedByGuess.contains(name), name.isPropertyName {
                var field = ExampleFields.field(named: name, value: member)
                field.line = line
                field.exampleOnly = true
                fields.append(field)
            }
        }
        return fields
    }

    private func adding(from value: JSONValue, to field: Field) -> Field {
        var field = field
        switch (field.type, value) {
        case (.object, .object) where !field.children.isEmpty:
            field.children = adding(members: value, to: field.children)
        case (.array, .array(let elements)):
            guard var items = field.items, !items.recursive else { return field }
            if items.type == .object, items.children.isEmpty, !field.children.isEmpty {
                for element in elements { field.children = adding(members: element, to: field.children) }
            } else {
                for element in elements { items = adding(from: element, to: items) }
                field.items = items
            }
        default:
            break
        }
        return field
    }
}
