import APIDocModel

/// One endpoint: its namespace enum with the request, response and error types, and its client method.
struct EndpointViewModel {
    /// The resource namespace, such as `Feishu.Hire.V1.Offer`.
    var namespace: String
    var name: String
    var docLines: [String]
    var query: ObjectViewModel?
    var headers: ObjectViewModel?
    var body: ObjectViewModel?
    /// `nil` for a download: its answer is a file, not fields.
    var response: ObjectViewModel?
    /// A body or response that is a bare array, map or scalar rather than an object.
    var bareValues: [BareValueViewModel]
    var errorCodes: ErrorCodesViewModel?
    /// `Query`, `Body`, `Response`, `ErrorCode`… declared once for the service because other
    /// endpoints declare them alike (`SharedTypes`).
    var aliases: [TypeAlias] = []
    var errorCodeType: String
    var method: MethodViewModel

    init(endpoint: Endpoint, placement: EndpointPlacement, warn: (EmitterWarning) -> Void) {
        namespace = placement.namespace
        name = placement.typeName
        docLines = EndpointDocumentation.namespaceLines(for: endpoint)
        let query = endpoint.queryParameters.filter { !EndpointViewModel.isManagedByRuntime(queryParameter: $0, in: endpoint) }
        let headers = endpoint.headers.filter { !EndpointViewModel.isManagedByRuntime(header: $0) }
        self.query = query.isEmpty
            ? nil : ObjectViewModel(name: "Query", doc: [], fields: query, role: .query, warn: warn)
        self.headers = headers.isEmpty
            ? nil : ObjectViewModel(name: "Headers", doc: [], fields: headers, role: .headers, warn: warn)
        let bareBody = BareValueViewModel(
            name: "Body", doc: "The JSON request body: a bare JSON value, not an object.", fields: endpoint.requestBody, role: .request,
            warn: warn)
        let bareResponse = BareValueViewModel(
            name: "Response", doc: "The answer's body: a bare JSON value, not an object.", fields: endpoint.response, role: .response,
            warn: warn)
        bareValues = [bareBody, bareResponse].compactMap { $0 }
        body = bareBody != nil || endpoint.requestBody.isEmpty && !EndpointViewModel.sendsBody(endpoint)
            ? nil
            : endpoint.callClass == .upload
                ? ObjectViewModel(
                    name: "Body", doc: ["The `multipart/form-data` request body: files and text fields."], fields: endpoint.requestBody,
                    role: .multipart, warn: warn)
                : ObjectViewModel(name: "Body", doc: ["The JSON request body."], fields: endpoint.requestBody, role: .request, warn: warn)
        response = endpoint.callClass == .download || bareResponse != nil
            ? nil
            : ObjectViewModel(
                name: "Response",
                doc: [endpoint.platform == .feishu ? "The `data` of the answer." : "The answer's body."],
                fields: endpoint.response, role: .response, warn: warn)
        errorCodes = ErrorCodesViewModel(errors: endpoint.errors, warn: warn)
        errorCodeType = errorCodes == nil ? "NoDocumentedErrors" : "ErrorCode"
        method = MethodViewModel(
            endpoint: endpoint, placement: placement, query: self.query, headers: self.headers, body: body,
            takesBareBody: bareBody != nil, response: response, errorCodeType: errorCodeType,
            docLines: EndpointDocumentation.lines(for: endpoint))
    }

    /// Auth and content headers are the runtime's business, not the caller's.
    static func isManagedByRuntime(header: Field) -> Bool {
        ["authorization", "content-type", "x-acs-dingtalk-access-token"].contains(header.name.lowercased())
    }

    /// So is the older DingTalk API's token, a query parameter.
    static func isManagedByRuntime(queryParameter parameter: Field, in endpoint: Endpoint) -> Bool {
        endpoint.server == .legacy && parameter.name == "access_token"
    }

    /// A JSON body is sent when the page shows one, even an empty one.
    private static func sendsBody(_ endpoint: Endpoint) -> Bool {
        endpoint.examples.requestBody != nil
    }
}

/// The endpoint's doc comment: title, summary, call line, source, tokens, scopes and rate limit.
enum EndpointDocumentation {
    static func lines(for endpoint: Endpoint) -> [String] {
        // The page's address with its date; the file's name only when it has no address (the
        // generated file's header names it either way).
        let updated = endpoint.source.updated.map { " (updated \($0))" } ?? ""
        var facts = [
            endpoint.source.url.map { "- Documentation: <\($0)>\(updated)" } ?? "- Source: `\(fileName(endpoint.source.file))`\(updated)"
        ]
        if !endpoint.accessTokens.isEmpty {
            facts.append("- Access tokens: " + endpoint.accessTokens.map { "`\($0.rawValue)`" }.joined(separator: ", "))
        }
        if !endpoint.appTypes.isEmpty { facts.append("- App types: " + endpoint.appTypes.joined(separator: ", ")) }
        if !endpoint.scopes.isEmpty { facts.append("- Scopes: " + endpoint.scopes.map { "`\($0)`" }.joined(separator: ", ")) }
        if let limit = endpoint.rateLimit {
            let parts = [limit.perMinute.map { "\($0) per minute" }, limit.perSecond.map { "\($0) per second" }]
            facts.append("- Rate limit: " + parts.compactMap { $0 }.joined(separator: ", "))
        }
        if endpoint.callClass == .download {
            facts.append(
                "- Returns the file the server answers with: `DownloadedFile` streams its bytes and gives its content type and"
                    + " file name; an error the server answers in JSON throws `Error`.")
        }
        if endpoint.server == .legacy {
            facts.append(
                "- DingTalk's older API (`\(endpoint.baseURL)`): the app's token goes as `access_token`; an answer whose"
                    + " `errcode` is not 0 throws `Error`; the method returns the answer's other fields"
                    + (endpoint.response.contains { $0.name == "result" } ? " (the payload is in `result`)." : "."))
        }
        return SwiftText.docComment([
            endpoint.title.isEmpty ? endpoint.id : endpoint.title, endpoint.summary,
            "`\(endpoint.method) \(endpoint.path)`", facts.joined(separator: "\n"),
        ])
    }

    /// The namespace's: title and call line; the method has the rest.
    static func namespaceLines(for endpoint: Endpoint) -> [String] {
        SwiftText.docComment(["\(endpoint.title.isEmpty ? endpoint.id : endpoint.title) (`\(endpoint.method) \(endpoint.path)`)"])
    }

    /// Only the file name: generated code must not depend on where the pages were on disk.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
