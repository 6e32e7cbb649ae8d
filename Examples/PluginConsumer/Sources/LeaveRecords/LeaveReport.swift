import APIDocRuntime

/// Code of the consumer's own that uses the types the plugin generated from the pages beside it.
public struct LeaveReport: Sendable {
    let client: DingTalk.Client

    public init(client: DingTalk.Client) {
        self.client = client
    }

    /// The names of the people who left between `start` and `end` and resigned themselves.
    public func resignedNames(from start: String, to end: String) async throws -> [String] {
        let page = try await client.contact.v1.listEmpLeaveRecords(query: .init(startTime: start, endTime: end, maxResults: 50))
        return (page.records ?? []).filter { $0.leaveReason == .leave }.compactMap(\.name)
    }
}
