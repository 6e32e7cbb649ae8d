import APIDocModel

/// One generated file: the endpoints of one page.
struct FileViewModel {
    var headerLines: [String]
    var endpoints: [EndpointViewModel]
    var hasEndpoints: Bool

    init(headerLines: [String], endpoints: [EndpointViewModel]) {
        self.headerLines = headerLines
        self.endpoints = endpoints
        hasEndpoints = !endpoints.isEmpty
    }
}

/// The generated file that declares every namespace level and the clients' service properties.
struct NamespacesViewModel {
    var headerLines: [String]
    var services: [ServiceViewModel]
    var groups: [NamespaceGroupViewModel]
    var roots: [RootAccessorsViewModel]

    init(headerLines: [String], placer: EndpointPlacer) {
        self.headerLines = headerLines
        let levels = placer.levels
        let platforms = Set(Platform.allCases.map(EndpointPlacer.platformNamespace))
        let namespaceOf = { (level: EndpointPlacer.Level) in
            NamespaceViewModel(
                parent: level.parent, name: level.typeName,
                docLines: SwiftText.docComment(["The `\(level.accessorName)` APIs."]),
                accessors: levels.filter { $0.parent == level.path }.map {
                    .init(name: SwiftName.escaped($0.accessorName), type: $0.typeName)
                })
        }
        services = levels.filter { platforms.contains($0.parent) }.map { level in
            ServiceViewModel(namespace: namespaceOf(level), declaredName: level.parent + level.typeName, accessorName: level.accessorName)
        }
        let namespaces = levels.filter { !platforms.contains($0.parent) }.map(namespaceOf)
        // Levels come parents first, siblings together: one extension per run of one parent.
        var groups: [NamespaceGroupViewModel] = []
        for namespace in namespaces {
            if groups.last?.parent == namespace.parent {
                groups[groups.count - 1].namespaces.append(namespace)
            } else {
                groups.append(NamespaceGroupViewModel(parent: namespace.parent, namespaces: [namespace]))
            }
        }
        self.groups = groups
        roots = ["DingTalk", "Feishu"].compactMap { platform in
            let services = levels.filter { $0.parent == platform }
            guard !services.isEmpty else { return nil }
            return RootAccessorsViewModel(
                client: platform + ".Client",
                accessors: services.map { .init(name: SwiftName.escaped($0.accessorName), type: "\(platform).\($0.typeName)") })
        }
    }
}

/// The generated file that declares the types several endpoints of a service share.
struct SharedTypesViewModel {
    var headerLines: [String]
    var services: [SharedTypes.Service]
}
