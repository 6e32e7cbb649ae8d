import APIDocModel

/// What a body's or answer's nesting is read from: every JSON example block the page shows for
/// it, completed by the object its SDK sample builds.
///
/// The first example wins wherever several show a value; later ones and the sample add the
/// members it leaves out (pages show one variant of a body per block; DingTalk's examples often
/// show only the required fields, its samples set them all).
enum ExampleShape {
    static func combining(examples: [JSONValue], sample: JSONValue? = nil, rows: [FlatRow]) -> JSONValue? {
        let example = merged(examples)
        guard var sample else { return example }
        // The SDK names a body that is not an object `body` (`.setBody(Arrays.asList(body0))`).
        if let members = sample.objectValue, members.count == 1, let body = members["body"],
            !rows.contains(where: { $0.field.name == "body" })
        {
            sample = body
        }
        var names: [String: String] = [:]
        for row in rows where names[key(row.field.name)] == nil {
            names[key(row.field.name)] = row.field.name
        }
        let aligned = renamed(sample, to: names)
        guard let example else { return aligned }
        return merged(example, aligned)
    }

    /// Setter names compare with the table's without case or underscores: `deptId` is `dept_id`.
    private static func key(_ name: String) -> String {
        name.lowercased().filter { $0 != "_" }
    }

    private static func renamed(_ value: JSONValue, to names: [String: String]) -> JSONValue {
        switch value {
        case .object(let members):
            var renamed: [String: JSONValue] = [:]
            for (name, member) in members {
                renamed[names[key(name)] ?? name] = Self.renamed(member, to: names)
            }
            return .object(renamed)
        case .array(let elements):
            return .array(elements.map { renamed($0, to: names) })
        default:
            return value
        }
    }

    /// What several examples of one value show together: the first, with the members the
    /// others add where it shows none.
    static func merged(_ examples: [JSONValue]) -> JSONValue? {
        examples.dropFirst().reduce(examples.first) { combined, next in combined.map { merged($0, next) } }
    }

    /// `example` with the members `sample` adds where it shows none.
    static func merged(_ example: JSONValue, _ sample: JSONValue) -> JSONValue {
        switch (example, sample) {
        case (.object(var members), .object(let added)):
            for (name, value) in added {
                members[name] = members[name].map { merged($0, value) } ?? value
            }
            return .object(members)
        case (.array(let elements), .array(let added)):
            // Nesting is read from an array's first object.
            guard let first = elements.first(where: { $0.objectValue != nil }) else { return elements.isEmpty ? sample : example }
            guard let other = added.first(where: { $0.objectValue != nil }) else { return example }
            return .array([merged(first, other)])
        case (.null, _):
            return sample
        default:
            return example
        }
    }
}
