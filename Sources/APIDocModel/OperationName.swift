/// The vendor's own identity of a call, as the page states it: what the official SDKs call it
/// (`im.v1.message.reaction.create` is node-sdk's `client.im.v1.messageReaction.create`), or, where
/// the page states none, a name derived from method and path by fixed rules. It depends on the
/// page alone, so a name never moves when other pages are generated beside it.
public struct OperationName: Codable, Sendable, Hashable {
    /// The path's service: `im`, `corehr`, DingTalk's `contact`, the older API's `topapi`.
    public var service: String
    /// `v1`, `v2`; empty when the path has no version.
    public var version: String
    /// Dotted, from the outermost resource in: `message.reaction`. Empty for DingTalk, whose SDKs
    /// name calls on the service (`contact_1_0.Client.listEmpLeaveRecords`).
    public var resource: String
    /// The call: `create`, `batch_get`, `listEmpLeaveRecords`.
    public var method: String
    /// Where the name was read.
    public var source: OperationNameSource

    public init(service: String, version: String, resource: String, method: String, source: OperationNameSource) {
        self.service = service
        self.version = version
        self.resource = resource
        self.method = method
        self.source = source
    }

    /// `im.v1.message.reaction.create`: the non-empty parts, dotted.
    public var id: String {
        [service, version, resource, method].filter { !$0.isEmpty }.joined(separator: ".")
    }
}

/// What part of a page names its call.
public enum OperationNameSource: String, Codable, Sendable, Hashable, CaseIterable {
    /// Feishu's API Explorer link (`api_explore_config?project=im&version=v1&resource=message&method=create`).
    case apiExplorer = "api-explorer"
    /// The page's own address on the doc site: its last segment names the method
    /// (`…/im-v1/message-reaction/create`).
    case documentPath = "document-path"
    /// DingTalk's SDK samples (`client.listEmpLeaveRecordsWithOptions(…)`).
    case sdkSample = "sdk-sample"
    /// None of those: method and path, by the rules in `ARCHITECTURE.md`.
    case path
}
