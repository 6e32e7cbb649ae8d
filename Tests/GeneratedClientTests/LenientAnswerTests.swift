import DingTalkAPI
import Foundation
import Logging
import Testing

@testable import APIDocRuntime

/// Answers whose values are spelt as the pages' own examples spell them, not as their tables
/// type them, are read without loss and logged; nothing else is accepted.
@Suite struct LenientAnswerTests {
    struct Record: Decodable, Equatable {
        var id: String?
        var count: Int?
        var ratio: Double?
        var enabled: Bool?
        var tags: [String]?
        var extra: JSONValue?
    }

    struct Answer: Decodable, Equatable {
        var records: [Record]?
        var total: Int64?
    }

    private func decoded(_ json: String) throws -> (value: Answer, convertedPaths: [String]) {
        let tree = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        return try LenientAnswerDecoder.decode(Answer.self, from: tree)
    }

    @Test func quotedScalarsAndNumbersForStringsAreReadAsTheyMean() throws {
        let (answer, paths) = try decoded(
            #"{"total": "12", "records": [{"id": 43047156750, "count": "3", "ratio": "0.5", "enabled": "true", "tags": [7, 8]}, {"id": 1}]}"#)
        #expect(
            answer == Answer(
                records: [Record(id: "43047156750", count: 3, ratio: 0.5, enabled: true, tags: ["7", "8"]), Record(id: "1")], total: 12))
        #expect(paths == ["records[].id", "records[].count", "records[].ratio", "records[].enabled", "records[].tags[]", "total"])
    }

    /// Every scalar type reads either spelling, not only those generated types hold.
    @Test func otherScalarTypesReadEitherSpellingToo() throws {
        struct Narrow: Decodable, Equatable {
            var small: UInt8
            var single: Float
        }
        let tree = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"small": "200", "single": "0.25"}"#.utf8))
        let (value, paths) = try LenientAnswerDecoder.decode(Narrow.self, from: tree)
        #expect(value == Narrow(small: 200, single: 0.25))
        #expect(paths == ["small", "single"])
        let tooBig = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"small": "300", "single": 1}"#.utf8))
        #expect(throws: DecodingError.self) { try LenientAnswerDecoder.decode(Narrow.self, from: tooBig) }
    }

    @Test func oneObjectWhereAListIsDocumentedIsAListOfOne() throws {
        let (answer, paths) = try decoded(#"{"records": {"id": "a", "extra": {"k": "true"}}}"#)
        #expect(answer.records == [Record(id: "a", extra: .object(["k": .string("true")]))])
        #expect(paths == ["records"])
    }

    @Test func answersThatAlreadyConformConvertNothing() throws {
        let (answer, paths) = try decoded(#"{"total": 2, "records": [{"id": "x", "count": 1, "ratio": 1, "enabled": false}]}"#)
        #expect(answer.total == 2)
        #expect(answer.records?.first?.ratio == 1)
        #expect(paths.isEmpty)
    }

    @Test(arguments: [
        #"{"total": "12.5"}"#, #"{"total": 1.5}"#, #"{"records": [{"enabled": "yes"}]}"#, #"{"records": [{"count": "three"}]}"#,
        #"{"records": [{"id": {"a": 1}}]}"#, #"{"records": "none"}"#,
    ])
    func valuesThatWouldLoseOrInventDataAreRefused(_ json: String) {
        #expect(throws: DecodingError.self) { try decoded(json) }
    }

    @Test func aClientReadsALenientAnswerAndLogsWhere() async throws {
        let sink = SecretRedactionTests.LogLines()
        let logger = Logger(label: "test") { _ in SecretRedactionTests.CapturingHandler(sink: sink) }
        let answer = #"{"nextToken": 12345, "records": {"userId": 10000, "name": "张三", "leaveReason": "leave"}}"#
        let response = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk ? TokenEndpoints.dingtalkAnswer(token: "t") : .init(body: answer)
        } _: { url, _ in
            let client = DingTalk.Client(appKey: "k", appSecret: "s", baseURL: url, options: ClientOptions(logger: logger))
            return try await client.contact.v1.listEmpLeaveRecords()
        }
        #expect(response.nextToken == "12345")
        #expect(response.records?.count == 1)
        #expect(response.records?.first?.userID == "10000")
        #expect(response.records?.first?.leaveReason == .leave)
        let warnings = sink.all.filter { $0.hasPrefix("warning") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("contact.v1.listEmpLeaveRecords") == true)
        #expect(warnings.first?.contains("nextToken, records, records[].userId") == true)
    }

    @Test func anAnswerNoSpellingExplainsStillFails() async throws {
        let answer = #"{"nextToken": "n", "records": [{"userId": "u", "name": ["not", "a", "name"]}]}"#
        let error: ClientError? = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk ? TokenEndpoints.dingtalkAnswer(token: "t") : .init(body: answer)
        } _: { url, _ in
            let client = DingTalk.Client(appKey: "k", appSecret: "s", baseURL: url)
            do {
                _ = try await client.contact.v1.listEmpLeaveRecords()
                return nil
            } catch let error as ClientError { return error }
        }
        guard case .unexpectedResponse(_, _, let reason) = error else {
            Issue.record("expected an unexpected-response error, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("cannot decode"))
    }
}
