/// A namespace level (`Feishu.Hire`, `Feishu.Hire.V1`, `Feishu.Hire.V1.Offer`): an enum holding
/// the level's types, and a `Client` struct whose properties lead to the next level.
struct NamespaceViewModel {
    struct Accessor {
        var name: String
        var type: String
    }

    /// The enclosing namespace, such as `Feishu.Hire`.
    var parent: String
    var name: String
    var docLines: [String]
    var accessors: [Accessor]
}

/// A service: a type of the generated module's own (`FeishuHire`), so that documentation lists
/// it and everything below it as the module's, and a typealias in the platform's namespace
/// (`Feishu.Hire`), the name callers use.
struct ServiceViewModel {
    /// `Hire` in `Feishu`.
    var namespace: NamespaceViewModel
    /// `FeishuHire`.
    var declaredName: String
    var accessorName: String
}

/// The namespace levels that extend one parent, declared in one extension.
struct NamespaceGroupViewModel {
    var parent: String
    var namespaces: [NamespaceViewModel]
}

/// The properties a platform's client gains, one per service.
struct RootAccessorsViewModel {
    /// `Feishu.Client` or `DingTalk.Client`.
    var client: String
    var accessors: [NamespaceViewModel.Accessor]
}
