import APIDocRuntime
import DingTalkAPI
import Foundation
import Testing

/// Paged listings yield every item once, in order, and stop after the last page.
@Suite struct PagingTests {
    static func page(records: [Int], next: String?) -> LoopbackServer.Answer {
        let items = records.map { #"{"userId": "\#($0)", "name": "n\#($0)"}"# }.joined(separator: ",")
        return .init(body: #"{"records": [\#(items)]\#(next.map { #", "nextToken": "\#($0)""# } ?? "")}"#)
    }

    @Test func itemsOfEveryPageInOrder() async throws {
        let (ids, targets) = try await LoopbackServer.run { request, _ in
            if request.path == TokenEndpoints.dingtalk { return TokenEndpoints.dingtalkAnswer(token: "t") }
            let token = request.target.components(separatedBy: "nextToken=").dropFirst().first?.prefix(while: { $0 != "&" })
            switch token {
            case nil: return Self.page(records: [1, 2], next: "p2")
            case "p2"?: return Self.page(records: [3, 4], next: "p3")
            default: return Self.page(records: [5], next: nil)
            }
        } _: { url, log in
            let client = DingTalk.Client(appKey: "k", appSecret: "s", baseURL: url)
            var ids: [String] = []
            for try await record in client.contact.v1.listEmpLeaveRecordsItems(query: .init(maxResults: 2)) {
                ids.append(record.userID ?? "")
            }
            return (ids, await log.requests.filter { $0.path != TokenEndpoints.dingtalk }.map(\.target))
        }
        #expect(ids == ["1", "2", "3", "4", "5"])
        #expect(targets == [
            "/v1.0/contact/empLeaveRecords?maxResults=2",
            "/v1.0/contact/empLeaveRecords?nextToken=p2&maxResults=2",
            "/v1.0/contact/empLeaveRecords?nextToken=p3&maxResults=2",
        ])
    }

    @Test func wholePagesAreReachableToo() async throws {
        let counts = try await LoopbackServer.run { request, count in
            request.path == TokenEndpoints.dingtalk ? TokenEndpoints.dingtalkAnswer(token: "t") : Self.page(records: [count], next: count < 3 ? "p\(count)" : "")
        } _: { url, _ in
            let client = DingTalk.Client(appKey: "k", appSecret: "s", baseURL: url)
            var counts: [Int] = []
            for try await page in client.contact.v1.listEmpLeaveRecordsPages() { counts.append(page.records?.count ?? 0) }
            return counts
        }
        // An empty next token ends the listing like a missing one.
        #expect(counts == [1, 1])
    }

    @Test func aRepeatedTokenStopsWithAnError() async throws {
        let error: ClientError? = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk ? TokenEndpoints.dingtalkAnswer(token: "t") : Self.page(records: [1], next: "same")
        } _: { url, _ in
            let client = DingTalk.Client(appKey: "k", appSecret: "s", baseURL: url)
            do {
                for try await _ in client.contact.v1.listEmpLeaveRecordsPages() {}
                return nil
            } catch let error as ClientError { return error }
        }
        guard case .pagingDidNotAdvance(let token)? = error else {
            Issue.record("expected pagingDidNotAdvance, got \(String(describing: error))")
            return
        }
        #expect(token == "same")
    }
}
