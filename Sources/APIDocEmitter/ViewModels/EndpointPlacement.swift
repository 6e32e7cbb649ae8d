import APIDocModel

/// Where an endpoint lives in the generated API: `Feishu.IM.V1.MessageReaction`, type `Create`,
/// method `create`.
struct EndpointPlacement {
    /// The namespace, such as `Feishu.IM.V1.MessageReaction`.
    var namespace: String
    var typeName: String
    var methodName: String
}

/// Places every endpoint by its operation alone: a level for the service, the version and the
/// resource (`Feishu.IM.V1.MessageReaction`), the call inside it. No name depends on the other
/// endpoints; two endpoints that would share a name are an error naming both pages, and the
/// second (in id and file order) is left out.
struct EndpointPlacer {
    /// A namespace level below a platform or another level.
    struct Level: Hashable {
        var parent: String
        var typeName: String
        var accessorName: String
        var path: String { parent + "." + typeName }
    }

    /// Every level, parents before children, siblings by name.
    let levels: [Level]
    private(set) var placements: [String: EndpointPlacement] = [:]
    /// One error per endpoint left out, naming both pages.
    private(set) var clashes: [Diagnostic] = []

    init(endpoints: [Endpoint]) {
        let ordered = endpoints.sorted { ($0.id, $0.source.file) < ($1.id, $1.source.file) }
        var levelOwners: [String: (level: Level, endpoint: Endpoint)] = [:]
        for endpoint in ordered {
            for level in Self.levels(of: endpoint.operation, platform: endpoint.platform) where levelOwners[level.path] == nil {
                levelOwners[level.path] = (level, endpoint)
            }
        }
        levels = levelOwners.values.map(\.level).sorted {
            ($0.path.split(separator: ".").count, $0.path) < ($1.path.split(separator: ".").count, $1.path)
        }
        var typeOwners: [String: Endpoint] = [:]
        var memberOwners: [String: Endpoint] = [:]
        for (path, owner) in levelOwners {
            typeOwners[path] = owner.endpoint
            memberOwners[owner.level.parent + "." + owner.level.accessorName] = owner.endpoint
        }
        for endpoint in ordered {
            let namespace = Self.levels(of: endpoint.operation, platform: endpoint.platform).last?.path
                ?? Self.platformNamespace(endpoint.platform)
            let placement = EndpointPlacement(
                namespace: namespace, typeName: Self.levelTypeName(endpoint.operation.method),
                methodName: Self.levelMemberName(endpoint.operation.method))
            let typePath = namespace + "." + placement.typeName
            let memberPath = namespace + "." + placement.methodName
            if let other = typeOwners[typePath] ?? memberOwners[memberPath] {
                clashes.append(Self.clash(endpoint, with: other, name: memberPath))
                continue
            }
            typeOwners[typePath] = endpoint
            memberOwners[memberPath] = endpoint
            placements[Self.key(endpoint)] = placement
        }
    }

    func placement(of endpoint: Endpoint) -> EndpointPlacement? {
        placements[Self.key(endpoint)]
    }

    static func platformNamespace(_ platform: Platform) -> String {
        switch platform {
        case .feishu: "Feishu"
        case .dingtalk: "DingTalk"
        }
    }

    /// The service, version and resource levels an operation's call sits in.
    private static func levels(of operation: OperationName, platform: Platform) -> [Level] {
        var parent = platformNamespace(platform)
        var levels: [Level] = []
        // The resource is one level (`message.reaction` → `MessageReaction`), as the SDKs have it.
        for segment in [operation.service, operation.version, operation.resource] where !segment.isEmpty {
            let level = Level(parent: parent, typeName: levelTypeName(segment), accessorName: levelMemberName(segment))
            levels.append(level)
            parent = level.path
        }
        return levels
    }

    /// Every level declares a `Client` holding `api`, and a service its shared `Types`; a call or
    /// level of such a name gets a suffix.
    private static func levelTypeName(_ name: String) -> String {
        let typeName = SwiftName.typeName(name)
        return ["Client", SharedTypes.namespaceName].contains(typeName) ? typeName + "Value" : typeName
    }

    private static func levelMemberName(_ name: String) -> String {
        let memberName = SwiftName.memberName(name)
        return memberName == "api" ? memberName + "Value" : memberName
    }

    private static func key(_ endpoint: Endpoint) -> String { endpoint.source.file + "#" + endpoint.id }

    private static func clash(_ endpoint: Endpoint, with other: Endpoint, name: String) -> Diagnostic {
        let otherPlace = "\(other.source.file):\(other.source.line ?? 1)"
        return Diagnostic(
            .error, .nameClash, file: endpoint.source.file, line: endpoint.source.line ?? 1,
            "\(endpoint.method) \(endpoint.path) would be named \(name), which \(other.method) \(other.path) of \(otherPlace) already is; it is left out. Generate the two pages in separate targets, or leave one out"
        )
    }
}
