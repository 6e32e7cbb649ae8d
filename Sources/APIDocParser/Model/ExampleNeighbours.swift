import APIDocModel

/// What a page's examples, of every section, show of each member name: the names beside it in
/// one object, and the names of the members its values hold.
///
/// The answer's example may leave a member out that the request's example shows beside an
/// object (`group_chat_employee_types` beside `leaders`); `NestingReconstructor` then places the
/// row beside that object rather than in it.
struct ExampleNeighbours {
    private var beside: [String: Set<String>] = [:]
    private var within: [String: Set<String>] = [:]
    /// How many name pairs are taken in at most, so that a hostile example stays cheap.
    private var budget = 200_000

    init(examples: [JSONValue] = []) {
        for example in examples { collect(example) }
    }

    /// Whether an example shows `name` beside `object` in one object, and never as a member of
    /// `object`'s value.
    func showBeside(_ name: String, _ object: String) -> Bool {
        beside[object]?.contains(name) == true && !showWithin(name, object)
    }

    /// How many of `names` an example shows beside `name`, in one object.
    func countShownBeside(_ name: String, among names: Set<String>) -> Int {
        beside[name].map { $0.intersection(names).count } ?? 0
    }

    /// Whether an example shows `name` as a member of `object`'s value.
    func showWithin(_ name: String, _ object: String) -> Bool {
        within[object]?.contains(name) == true
    }

    private mutating func collect(_ value: JSONValue) {
        if let members = value.objectValue {
            let names = Set(members.keys)
            guard budget >= names.count * names.count else { return }
            budget -= names.count * names.count
            for name in names { beside[name, default: []].formUnion(names) }
            for (name, member) in members {
                within[name, default: []].formUnion(member.objectsWithin.flatMap { $0.objectValue.map { Array($0.keys) } ?? [] })
                collect(member)
            }
        } else if let elements = value.arrayValue {
            for element in elements { collect(element) }
        }
    }
}

extension JSONValue {
    /// The value itself if an object, or the objects a list holds, lists within it included.
    var objectsWithin: [JSONValue] {
        if objectValue != nil { return [self] }
        return arrayValue?.flatMap(\.objectsWithin) ?? []
    }
}
