import APIDocModel

/// The client method that calls one endpoint.
struct MethodViewModel {
    struct Parameter {
        var text: String
        var separator: String
    }

    struct PathParameter {
        var wireLiteral: String
        var name: String
    }

    var name: String
    var docLines: [String]
    var parameters: [Parameter]
    var hasParameters: Bool
    var responseType: String
    var errorType: String
    var httpMethod: String
    var pathLiteral: String
    var accessTokens: String
    var operationIDLiteral: String
    var pathParameters: [PathParameter]
    var hasQuery: Bool
    var hasHeaders: Bool
    var hasBody: Bool
    var takesUserAccessToken: Bool
    /// The endpoint is on the platform's older API (DingTalk's `oapi.dingtalk.com`).
    var usesLegacyServer: Bool
    /// The answer is a file, returned as it streams.
    var downloads: Bool
    /// The body is `multipart/form-data`.
    var sendsMultipart: Bool
    /// The answer documents no fields: callers need not write `_ =`.
    var discardableResult: Bool
    /// `DocumentedRateLimit(perMinute: 1000, perSecond: 50)`, when the page documents one.
    var rateLimit: String?
    /// The call's arguments, for the paging methods that forward to it.
    var arguments: String
    var paging: PagingViewModel?
    /// `var` when anything is set on the request after it is made, else `let` (a `var` never
    /// mutated is a warning in the user's build).
    var requestBinding: String

    init(
        endpoint: Endpoint, placement: EndpointPlacement, query: ObjectViewModel?, headers: ObjectViewModel?,
        body: ObjectViewModel?, takesBareBody: Bool, response: ObjectViewModel?, errorCodeType: String, docLines: [String]
    ) {
        name = SwiftName.escaped(placement.methodName)
        self.docLines = docLines
        let type = placement.namespace + "." + placement.typeName
        var names = NameScope(reserved: ["query", "headers", "body"])
        var parameters: [String] = []
        var pathParameters: [PathParameter] = []
        for field in endpoint.pathParameters {
            let member = names.claim(SwiftName.memberName(field.name))
            let swiftType = field.type == .integer ? "Int" : "String"
            parameters.append("\(SwiftName.escaped(member)): \(swiftType)")
            pathParameters.append(PathParameter(wireLiteral: SwiftText.stringLiteral(field.name), name: SwiftName.escaped(member)))
        }
        if let query { parameters.append("query: \(type).Query" + (query.allOptional ? " = .init()" : "")) }
        if let headers { parameters.append("headers: \(type).Headers" + (headers.allOptional ? " = .init()" : "")) }
        if let body { parameters.append("_ body: \(type).Body" + (body.allOptional ? " = .init()" : "")) }
        if takesBareBody { parameters.append("_ body: \(type).Body") }
        hasBody = body != nil || takesBareBody
        takesUserAccessToken = endpoint.accessTokens.contains(.user)
        if takesUserAccessToken { parameters.append("userAccessToken: String? = nil") }
        arguments = (pathParameters.map { "\($0.name): \($0.name)" } + [
            query.map { _ in "query: query" }, headers.map { _ in "headers: headers" }, hasBody ? "body" : nil,
            takesUserAccessToken ? "userAccessToken: userAccessToken" : nil,
        ].compactMap { $0 }).joined(separator: ", ")
        self.parameters = parameters.enumerated().map {
            Parameter(text: $0.element, separator: $0.offset == parameters.count - 1 ? "" : ",")
        }
        hasParameters = !parameters.isEmpty
        self.pathParameters = pathParameters
        downloads = endpoint.callClass == .download
        sendsMultipart = endpoint.callClass == .upload
        discardableResult = response?.hasProperties == false
        responseType = downloads ? "DownloadedFile" : "\(type).Response"
        errorType = errorCodeType == "ErrorCode" ? "\(type).ErrorCode" : errorCodeType
        httpMethod = "." + endpoint.method.lowercased()
        pathLiteral = SwiftText.stringLiteral(endpoint.path)
        accessTokens = "[" + endpoint.accessTokens.map { ".\($0.rawValue)" }.joined(separator: ", ") + "]"
        operationIDLiteral = SwiftText.stringLiteral(endpoint.id)
        usesLegacyServer = endpoint.server == .legacy
        hasQuery = query != nil
        hasHeaders = headers != nil
        rateLimit = endpoint.rateLimit.map {
            "DocumentedRateLimit(perMinute: \($0.perMinute.map(String.init) ?? "nil"), perSecond: \($0.perSecond.map(String.init) ?? "nil"))"
        }
        let mutatesRequest = usesLegacyServer || rateLimit != nil || takesUserAccessToken || !pathParameters.isEmpty || hasQuery
            || hasHeaders || hasBody
        requestBinding = mutatesRequest ? "var" : "let"
        paging = response.flatMap {
            PagingViewModel(endpoint: endpoint, methodName: placement.methodName, endpointType: type, query: query, response: $0)
        }
    }
}
