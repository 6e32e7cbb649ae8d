import APIDocModel

/// The paging methods of a listing whose page documents a page token: Feishu `page_token` and
/// `has_more`, DingTalk `nextToken`.
struct PagingViewModel {
    var pagesName: String
    /// The query property that carries the token.
    var tokenMember: String
    /// How the next token is read off a page (`$0` is the response).
    var nextTokenExpression: String
    var items: Items?

    struct Items {
        var itemsName: String
        var itemsMember: String
        var itemType: String
    }

    init?(endpoint: Endpoint, methodName: String, endpointType: String, query: ObjectViewModel?, response: ObjectViewModel) {
        let queryNames = Set(endpoint.queryParameters.map(\.name))
        let responseFields = endpoint.response
        let responseNames = Set(responseFields.map(\.name))
        let tokenName: String
        if queryNames.contains("page_token"), responseNames.isSuperset(of: ["page_token", "has_more"]) {
            tokenName = "page_token"
            // Historic pages answer `"has_more": 1`.
            switch response.properties.first(where: { $0.wireLiteral == SwiftText.stringLiteral("has_more") })?.type {
            case "Bool?": nextTokenExpression = "$0.hasMore == true ? $0.pageToken : nil"
            case "Int?": nextTokenExpression = "($0.hasMore ?? 0) != 0 ? $0.pageToken : nil"
            default: return nil
            }
        } else if queryNames.contains("nextToken"), responseNames.contains("nextToken") {
            tokenName = "nextToken"
            nextTokenExpression = "$0.nextToken"
        } else {
            return nil
        }
        guard let query, let token = query.properties.first(where: { $0.wireLiteral == SwiftText.stringLiteral(tokenName) }),
            token.type == "String?"
        else { return nil }
        tokenMember = token.name
        pagesName = SwiftName.escaped(methodName.replacingOccurrences(of: "`", with: "") + "Pages")
        let lists = responseFields.filter { $0.type == .array }
        if lists.count == 1, let list = lists.first,
            let property = response.properties.first(where: { $0.wireLiteral == SwiftText.stringLiteral(list.name) }),
            property.type.hasPrefix("[")
        {
            let element = String(property.type.dropFirst().dropLast(2))
            let nestedNames = Set(response.nestedObjects.map(\.name) + response.valueLists.map(\.name))
            items = Items(
                itemsName: SwiftName.escaped(methodName.replacingOccurrences(of: "`", with: "") + "Items"),
                itemsMember: property.name,
                itemType: nestedNames.contains(element) ? "\(endpointType).Response.\(element)" : element)
        }
    }
}
