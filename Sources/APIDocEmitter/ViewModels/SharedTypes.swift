/// Objects, value lists and error-code tables that a service's endpoints declare alike, declared
/// once per service (`Feishu.Hire.Types.UserIDType`) and referenced from every place that had one
/// by a typealias of that place's own name (`Feishu.Hire.V1.Note.Patch.Query.UserIDType`), so the
/// names a caller writes still depend on the page alone; only the shared declarations depend on
/// which pages are generated together. See "Shared types" in `ARCHITECTURE.md`.
///
/// "Alike" is exact: two declarations are one shape when their Swift text is the same but for
/// doc comments and their own name (the same properties, wire names, types, optionality, nested
/// types). Shared declarations keep the doc comments of their first place, in id order.
struct SharedTypes {
    /// The shared declarations of one service.
    struct Service {
        /// `Feishu.Hire`: the namespace whose `Types` enum holds them.
        var namespace: String
        var objects: [ObjectViewModel]
        var valueLists: [ValueListViewModel]
        var errorCodes: [ErrorCodesViewModel]
    }

    /// The enum each service declares its shared types in.
    static let namespaceName = "Types"

    private(set) var services: [Service] = []

    /// Shares what `endpoints` (in id order, which decides whose doc comments a shared type
    /// keeps) declare alike, rewriting them to refer to the shared declarations.
    init(sharing endpoints: inout [EndpointViewModel]) {
        var census = Census()
        for endpoint in endpoints {
            census.count(endpoint)
        }
        let names = census.sharedNames()
        for index in endpoints.indices {
            let service = Self.service(of: endpoints[index].namespace)
            guard let shared = names[service] else { continue }
            Rewriter(service: service, names: shared).rewrite(&endpoints[index])
        }
        for service in names.keys.sorted() {
            guard let shared = names[service] else { continue }
            let rewriter = Rewriter(service: service, names: shared)
            var objects: [ObjectViewModel] = []
            var valueLists: [ValueListViewModel] = []
            var errorCodes: [ErrorCodesViewModel] = []
            for (key, name) in shared.sorted(by: { $0.value < $1.value }) {
                if var object = census.objects[service]?[key] {
                    rewriter.rewriteChildren(of: &object)
                    object.name = name
                    objects.append(object)
                } else if var valueList = census.valueLists[service]?[key] {
                    valueList.name = name
                    valueLists.append(valueList)
                } else if var table = census.errorCodes[service]?[key] {
                    table.name = name
                    errorCodes.append(table)
                }
            }
            services.append(Service(namespace: service, objects: objects, valueLists: valueLists, errorCodes: errorCodes))
        }
    }

    /// `Feishu.Hire.V1.Note` → `Feishu.Hire`.
    static func service(of namespace: String) -> String {
        namespace.split(separator: ".").prefix(2).joined(separator: ".")
    }

    /// The shape of a declaration: its kind and its Swift text but for doc comments and its own
    /// name.
    fileprivate static func shape(of object: ObjectViewModel) -> String {
        "object " + text(of: object)
    }

    fileprivate static func shape(of valueList: ValueListViewModel) -> String {
        "list " + text(of: valueList)
    }

    private static func text(of object: ObjectViewModel) -> String {
        // Requests and answers differ in their initializers even where their properties agree.
        var parts = [object.conformances, object.hasCodingKeys ? "keys" : "", object.hasMemberwiseInit ? "init(…)" : "init()"]
        parts += object.properties.map { "\($0.name):\($0.type):\($0.initParameter):\($0.codingKey)" }
        parts += object.aliases.map { "alias \($0.name)=\($0.target)" }
        parts += object.valueLists.map { "list \($0.name)=\(text(of: $0))" }
        parts += object.nestedObjects.map { "object \($0.name)={\(text(of: $0))}" }
        return parts.joined(separator: "|")
    }

    private static func text(of valueList: ValueListViewModel) -> String {
        ([valueList.rawType] + valueList.values.map { "\($0.name)=\($0.literal)" }).joined(separator: "|")
    }

    fileprivate static func shape(of errorCodes: ErrorCodesViewModel) -> String {
        "errors " + ([errorCodes.rawType] + errorCodes.cases.map { "\($0.name)=\($0.rawLiteral):\($0.documentation)" })
            .joined(separator: "|")
    }
}

/// Counts every nested declaration's shape per service, keeping the first of each.
private struct Census {
    var counts: [String: [String: Int]] = [:]
    /// Per service and shape, the names its places gave it, to name the shared declaration.
    var localNames: [String: [String: [String: Int]]] = [:]
    var objects: [String: [String: ObjectViewModel]] = [:]
    var valueLists: [String: [String: ValueListViewModel]] = [:]
    var errorCodes: [String: [String: ErrorCodesViewModel]] = [:]

    mutating func count(_ endpoint: EndpointViewModel) {
        let service = SharedTypes.service(of: endpoint.namespace)
        if let table = endpoint.errorCodes, tally(SharedTypes.shape(of: table), named: table.name, in: service) {
            errorCodes[service, default: [:]][SharedTypes.shape(of: table)] = table
        }
        for object in [endpoint.query, endpoint.headers, endpoint.body, endpoint.response].compactMap({ $0 }) {
            count(object, in: service)
        }
        for bare in endpoint.bareValues {
            countChildren(bare.valueLists, bare.nestedObjects, in: service)
        }
    }

    private mutating func countChildren(_ valueLists: [ValueListViewModel], _ objects: [ObjectViewModel], in service: String) {
        for valueList in valueLists where tally(SharedTypes.shape(of: valueList), named: valueList.name, in: service) {
            self.valueLists[service, default: [:]][SharedTypes.shape(of: valueList)] = valueList
        }
        objects.forEach { count($0, in: service) }
    }

    private mutating func count(_ object: ObjectViewModel, in service: String) {
        // An object without properties is `init() {}` alone: nothing to share.
        guard object.hasProperties || !object.nestedObjects.isEmpty || !object.valueLists.isEmpty else { return }
        let shape = SharedTypes.shape(of: object)
        if tally(shape, named: object.name, in: service) { objects[service, default: [:]][shape] = object }
        countChildren(object.valueLists, object.nestedObjects, in: service)
    }

    /// Counts one place of `shape`, and the name it gave it; whether it is the shape's first.
    private mutating func tally(_ shape: String, named name: String, in service: String) -> Bool {
        counts[service, default: [:]][shape, default: 0] += 1
        localNames[service, default: [:]][shape, default: [:]][name, default: 0] += 1
        return counts[service]?[shape] == 1
    }

    /// Per service, the name of every shape declared more than once: the name most of its places
    /// gave it; shapes that want one name get it in order of how often they occur, then `Name2`…
    func sharedNames() -> [String: [String: String]] {
        var names: [String: [String: String]] = [:]
        for (service, shapes) in counts {
            let shared = shapes.filter { $0.value > 1 }.map { shape, count in
                let votes = localNames[service]?[shape] ?? [:]
                let name = votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "Value"
                return (shape: shape, count: count, name: name)
            }
            var scope = NameScope(reserved: ["Client", SharedTypes.namespaceName])
            for entry in shared.sorted(by: { ($0.name, -$0.count, $0.shape) < ($1.name, -$1.count, $1.shape) }) {
                names[service, default: [:]][entry.shape] = scope.claim(entry.name)
            }
        }
        return names
    }
}

/// Replaces shared nested declarations by typealiases to the service's `Types`.
private struct Rewriter {
    let service: String
    let names: [String: String]

    func rewrite(_ endpoint: inout EndpointViewModel) {
        for keyPath in [\EndpointViewModel.query, \.headers, \.body, \.response] {
            guard var object = endpoint[keyPath: keyPath] else { continue }
            if let name = names[SharedTypes.shape(of: object)] {
                endpoint.aliases.append(TypeAlias(name: object.name, target: target(name)))
                endpoint[keyPath: keyPath] = nil
                continue
            }
            rewriteChildren(of: &object)
            endpoint[keyPath: keyPath] = object
        }
        if let table = endpoint.errorCodes, let name = names[SharedTypes.shape(of: table)] {
            endpoint.aliases.append(TypeAlias(name: table.name, target: target(name)))
            endpoint.errorCodes = nil
        }
        for index in endpoint.bareValues.indices {
            var bare = endpoint.bareValues[index]
            (bare.valueLists, bare.nestedObjects, bare.aliases) = rewritten(bare.valueLists, bare.nestedObjects, aliases: bare.aliases)
            endpoint.bareValues[index] = bare
        }
    }

    func rewriteChildren(of object: inout ObjectViewModel) {
        (object.valueLists, object.nestedObjects, object.aliases) = rewritten(
            object.valueLists, object.nestedObjects, aliases: object.aliases)
    }

    private func rewritten(
        _ valueLists: [ValueListViewModel], _ objects: [ObjectViewModel], aliases: [TypeAlias]
    ) -> ([ValueListViewModel], [ObjectViewModel], [TypeAlias]) {
        var keptLists: [ValueListViewModel] = []
        var keptObjects: [ObjectViewModel] = []
        var aliases = aliases
        for valueList in valueLists {
            if let name = names[SharedTypes.shape(of: valueList)] {
                aliases.append(TypeAlias(name: valueList.name, target: target(name)))
            } else {
                keptLists.append(valueList)
            }
        }
        for object in objects {
            if let name = names[SharedTypes.shape(of: object)] {
                aliases.append(TypeAlias(name: object.name, target: target(name)))
            } else {
                var object = object
                rewriteChildren(of: &object)
                keptObjects.append(object)
            }
        }
        return (keptLists, keptObjects, aliases)
    }

    private func target(_ name: String) -> String {
        "\(service).\(SharedTypes.namespaceName).\(name)"
    }
}

/// `public typealias UserIDType = Feishu.Hire.Types.UserIDType`.
struct TypeAlias {
    var name: String
    var target: String
}
