/// A view model as the dictionary swift-mustache renders: the keys templates may use.
///
/// swift-mustache reflects (`Mirror`) on a struct at every key it looks up, and reflecting even
/// once per value cost a tenth of generation; dictionaries it reads directly. So each view model
/// lists its keys here, which is also the one place a template author reads them. Absent optional
/// values are `false`, not missing: a missing key would make Mustache look in the parent.
protocol TemplateContext {
    var templateContext: [String: Any] { get }
}

/// Lines as one text: a section per line would cost a context push for each of the hundreds of
/// thousands of doc comment lines a large folder has.
private func lines(_ lines: [String]) -> Any {
    lines.isEmpty ? false : lines.joined(separator: "\n")
}

extension Optional where Wrapped: TemplateContext {
    fileprivate var templateContext: Any { map(\.templateContext) ?? false }
}

extension FileViewModel: TemplateContext {
    var templateContext: [String: Any] {
        ["header": lines(headerLines), "endpoints": endpoints.map(\.templateContext), "hasEndpoints": hasEndpoints]
    }
}

extension NamespacesViewModel: TemplateContext {
    var templateContext: [String: Any] {
        [
            "header": lines(headerLines), "services": services.map(\.templateContext), "groups": groups.map(\.templateContext),
            "roots": roots.map(\.templateContext),
        ]
    }
}

extension ServiceViewModel: TemplateContext {
    var templateContext: [String: Any] {
        namespace.templateContext.merging(["platform": namespace.parent, "declaredName": declaredName, "accessorName": accessorName]) {
            $1
        }
    }
}

extension NamespaceGroupViewModel: TemplateContext {
    var templateContext: [String: Any] {
        let last = namespaces.count - 1
        return [
            "parent": parent,
            "namespaces": namespaces.enumerated().map { index, namespace in
                namespace.templateContext.merging(["last": index == last]) { $1 }
            },
        ]
    }
}

extension NamespaceViewModel: TemplateContext {
    var templateContext: [String: Any] {
        [
            "parent": parent, "name": name, "docComment": lines(docLines), "accessors": accessors.map(\.templateContext),
            "hasAccessors": !accessors.isEmpty,
        ]
    }
}

extension NamespaceViewModel.Accessor: TemplateContext {
    var templateContext: [String: Any] { ["name": name, "type": type] }
}

extension RootAccessorsViewModel: TemplateContext {
    var templateContext: [String: Any] { ["client": client, "accessors": accessors.map(\.templateContext)] }
}

extension EndpointViewModel: TemplateContext {
    var templateContext: [String: Any] {
        [
            "namespace": namespace, "name": name, "docComment": lines(docLines), "query": query.templateContext,
            "headers": headers.templateContext, "body": body.templateContext, "response": response.templateContext,
            "bareValues": bareValues.map(\.templateContext),
            "errorCodes": errorCodes.templateContext, "aliases": aliases.map(\.templateContext), "errorCodeType": errorCodeType, "method": method.templateContext,
        ]
    }
}

extension BareValueViewModel: TemplateContext {
    var templateContext: [String: Any] {
        [
            "docComment": lines(docLines), "name": name, "type": type, "nestedObjects": nestedObjects.map(\.templateContext),
            "valueLists": valueLists.map(\.templateContext), "aliases": aliases.map(\.templateContext), "hasAliases": !aliases.isEmpty,
        ]
    }
}

extension ObjectViewModel: TemplateContext {
    var templateContext: [String: Any] {
        [
            "name": name, "docComment": lines(docLines), "conformances": conformances, "writesQuery": writesQuery,
            "writesHeaders": writesHeaders, "writesMultipart": writesMultipart, "properties": properties.map(\.templateContext), "hasProperties": hasProperties,
            "hasMemberwiseInit": hasMemberwiseInit,
            "hasCodingKeys": hasCodingKeys, "nestedObjects": nestedObjects.map(\.templateContext),
            "valueLists": valueLists.map(\.templateContext), "aliases": aliases.map(\.templateContext), "hasAliases": !aliases.isEmpty, "allOptional": allOptional,
        ]
    }
}

extension ObjectViewModel.Property: TemplateContext {
    var templateContext: [String: Any] {
        [
            "docComment": lines(docLines), "name": name, "type": type, "initParameter": initParameter, "separator": separator,
            "codingKey": codingKey, "wireLiteral": wireLiteral, "isArray": isArray,
        ]
    }
}

extension TypeAlias: TemplateContext {
    var templateContext: [String: Any] { ["name": name, "target": target] }
}

extension SharedTypesViewModel: TemplateContext {
    var templateContext: [String: Any] {
        ["header": lines(headerLines), "hasServices": !services.isEmpty, "services": services.map(\.templateContext)]
    }
}

extension SharedTypes.Service: TemplateContext {
    var templateContext: [String: Any] {
        [
            "namespace": namespace, "name": SharedTypes.namespaceName, "objects": objects.map(\.templateContext),
            "valueLists": valueLists.map(\.templateContext), "errorCodes": errorCodes.map(\.templateContext),
        ]
    }
}

extension ValueListViewModel: TemplateContext {
    var templateContext: [String: Any] {
        ["name": name, "docComment": lines(docLines), "rawType": rawType, "values": values.map(\.templateContext)]
    }
}

extension ValueListViewModel.Value: TemplateContext {
    var templateContext: [String: Any] { ["docComment": lines(docLines), "name": name, "literal": literal] }
}

extension ErrorCodesViewModel: TemplateContext {
    var templateContext: [String: Any] { ["name": name, "rawType": rawType, "cases": cases.map(\.templateContext)] }
}

extension ErrorCodesViewModel.Case: TemplateContext {
    var templateContext: [String: Any] {
        [
            "docComment": lines(docLines), "name": name, "rawLiteral": rawLiteral, "documentation": documentation,
        ]
    }
}

extension MethodViewModel: TemplateContext {
    var templateContext: [String: Any] {
        [
            "name": name, "docComment": lines(docLines), "parameters": parameters.map(\.templateContext), "hasParameters": hasParameters,
            "responseType": responseType, "errorType": errorType, "httpMethod": httpMethod, "pathLiteral": pathLiteral,
            "accessTokens": accessTokens, "operationIDLiteral": operationIDLiteral,
            "pathParameters": pathParameters.map(\.templateContext), "hasQuery": hasQuery, "hasHeaders": hasHeaders,
            "hasBody": hasBody, "takesUserAccessToken": takesUserAccessToken, "usesLegacyServer": usesLegacyServer, "downloads": downloads,
            "sendsMultipart": sendsMultipart, "discardableResult": discardableResult,
            "rateLimit": rateLimit ?? false,
            "arguments": arguments, "paging": paging.templateContext, "requestBinding": requestBinding,
        ]
    }
}

extension MethodViewModel.Parameter: TemplateContext {
    var templateContext: [String: Any] { ["text": text, "separator": separator] }
}

extension MethodViewModel.PathParameter: TemplateContext {
    var templateContext: [String: Any] { ["wireLiteral": wireLiteral, "name": name] }
}

extension PagingViewModel: TemplateContext {
    var templateContext: [String: Any] {
        [
            "pagesName": pagesName, "tokenMember": tokenMember, "nextTokenExpression": nextTokenExpression,
            "items": items.templateContext,
        ]
    }
}

extension PagingViewModel.Items: TemplateContext {
    var templateContext: [String: Any] { ["itemsName": itemsName, "itemsMember": itemsMember, "itemType": itemType] }
}
