import APIDocModel

/// Where an endpoint lives in the generated API: `Feishu.Hire.V1.Offers`, type
/// `InternOfferStatus`, method `internOfferStatus`.
struct EndpointPlacement {
    /// The resource namespace, such as `Feishu.Hire.V1.Offers`.
    var namespace: String
    var typeName: String
    var methodName: String
}

/// Places every endpoint of a module, so that within one namespace no two types, and within one
/// client no two methods or properties, share a name.
struct EndpointPlacer {
    /// A namespace level below a platform or another level.
    struct Level: Hashable {
        var parent: String
        var typeName: String
        var accessorName: String
        var path: String { parent + "." + typeName }
    }

    /// Names every namespace level needs for itself.
    static let reservedNames: Set<String> = ["Client", "api", "init"]
    private var typeScopes: [String: NameScope] = [:]
    private var memberScopes: [String: NameScope] = [:]
    private var levelsBySegment: [String: [String: Level]] = [:]
    private(set) var placements: [String: EndpointPlacement] = [:]

    /// Every level, parents before children, siblings by name.
    var levels: [Level] {
        levelsBySegment.values.flatMap(\.values).sorted { ($0.path.split(separator: ".").count, $0.path) < ($1.path.split(separator: ".").count, $1.path) }
    }

    /// Places endpoints in id order, so names do not depend on the order pages were given in.
    init(endpoints: [Endpoint]) {
        for endpoint in endpoints.sorted(by: { ($0.id, $0.source.file) < ($1.id, $1.source.file) }) {
            let segments = endpoint.id.split(separator: ".").map(String.init)
            var path = Self.platformNamespace(endpoint.platform)
            for segment in segments.dropLast() {
                path = level(under: path, segment: segment).path
            }
            let action = segments.last ?? "call"
            placements[Self.key(endpoint)] = EndpointPlacement(
                namespace: path, typeName: claimType(SwiftName.typeName(action), in: path),
                methodName: claimMember(SwiftName.memberName(action), in: path))
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

    private static func key(_ endpoint: Endpoint) -> String { endpoint.source.file + "#" + endpoint.id }

    private mutating func level(under parent: String, segment: String) -> Level {
        if let existing = levelsBySegment[parent]?[segment] { return existing }
        let level = Level(
            parent: parent, typeName: claimType(SwiftName.typeName(segment), in: parent),
            accessorName: claimMember(SwiftName.memberName(segment), in: parent))
        levelsBySegment[parent, default: [:]][segment] = level
        return level
    }

    private mutating func claimType(_ name: String, in namespace: String) -> String {
        var scope = typeScopes[namespace] ?? NameScope(reserved: Self.reservedNames)
        defer { typeScopes[namespace] = scope }
        return scope.claim(name)
    }

    private mutating func claimMember(_ name: String, in namespace: String) -> String {
        var scope = memberScopes[namespace] ?? NameScope(reserved: Self.reservedNames)
        defer { memberScopes[namespace] = scope }
        return scope.claim(name)
    }
}
