import APIDocRuntime
import DingTalkAPI
import Foundation
import HTTPTypes
import Testing

/// DingTalk's older API as the real pages `specs/dingtalk-legacy-*.md` document it: a host of
/// its own, the app's token (the same one, from the same cache) as the `access_token` query
/// parameter, and HTTP 200 answers whose `errcode` says whether the call failed.
@Suite struct LegacyDingTalkTests {
    typealias GetByMobile = DingTalk.Topapi.V2.User.Getbymobile
    typealias ChatGet = DingTalk.Chat.Get

    static let userAnswer = LoopbackServer.Answer(
        body: #"{"errcode": 0, "errmsg": "ok", "result": {"userid": "xiaoding"}, "request_id": "5w82ciuur781"}"#)

    /// A client whose current API is the server's root and whose legacy API is under `/oapi`,
    /// so the log shows which host each call went to.
    static func client(_ url: URL, options: ClientOptions = ClientOptions()) -> DingTalk.Client {
        DingTalk.Client(
            appKey: "dingkey", appSecret: "secret", baseURL: url, legacyBaseURL: url.appendingPathComponent("oapi"), options: options)
    }

    @Test func topapiPostGoesToTheLegacyHostWithTheTokenInTheQuery() async throws {
        let (requests, response) = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk ? TokenEndpoints.dingtalkAnswer(token: "tok/en+1") : Self.userAnswer
        } _: { url, log in
            let response = try await Self.client(url).topapi.v2.user.getbymobile(.init(mobile: "18513027676"))
            return (await log.requests, response)
        }
        #expect(requests.map(\.target) == [
            TokenEndpoints.dingtalk,
            "/oapi/topapi/v2/user/getbymobile?access_token=tok/en%2B1",
        ])
        let call = requests[1]
        #expect(call.method == .post)
        #expect(call.headers[.contentType] == "application/json; charset=utf-8")
        #expect(call.headers[HTTPField.Name("x-acs-dingtalk-access-token")!] == nil)
        #expect(String(decoding: call.body, as: UTF8.self) == #"{"mobile":"18513027676"}"#)
        #expect(response.result?.userid == "xiaoding")
        #expect(response.requestID == "5w82ciuur781")
    }

    @Test func getSendsItsQueryAndTheToken() async throws {
        let (target, response) = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk
                ? TokenEndpoints.dingtalkAnswer(token: "t1")
                : .init(body: #"{"errcode": 0, "errmsg": "ok", "chat_info": {"name": "全员群", "owner": "manager4220"}}"#)
        } _: { url, log in
            let response = try await Self.client(url).chat.get(query: .init(chatid: "chat e39f"))
            return (await log.requests.last?.target, response)
        }
        #expect(target == "/oapi/chat/get?chatid=chat%20e39f&access_token=t1")
        #expect(response.chatInfo?.name == "全员群")
    }

    @Test func documentedErrcodeIsATypedError() async throws {
        let error: GetByMobile.Error? = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk
                ? TokenEndpoints.dingtalkAnswer(token: "t1")
                : .init(body: #"{"errcode": 40104, "errmsg": "企业中无效的手机号", "request_id": "req-9"}"#)
        } _: { url, _ in
            do {
                _ = try await Self.client(url).topapi.v2.user.getbymobile(.init(mobile: "1"))
                return nil
            } catch let error as GetByMobile.Error { return error }
        }
        #expect(error?.code == .code40104)
        #expect(error?.code?.advice == "请检查手机号是否正确")
        #expect(error?.httpStatus == 200)
        #expect(error?.requestID == "req-9")
        #expect(error?.description == "HTTP 200, code 40104: 企业中无效的手机号 (请检查手机号是否正确) [request id req-9]")
    }

    @Test func refusedTokenIsReplacedOnceFromTheSameCacheAsTheCurrentAPI() async throws {
        let targets = try await LoopbackServer.run { request, count in
            if request.path == TokenEndpoints.dingtalk { return TokenEndpoints.dingtalkAnswer(token: "t\(count)") }
            if request.target.hasSuffix("access_token=t1") { return .init(body: #"{"errcode": 40001, "errmsg": "无效的token"}"#) }
            return Self.userAnswer
        } _: { url, log in
            let client = Self.client(url)
            _ = try await client.topapi.v2.user.getbymobile(.init(mobile: "1"))
            // The current API then uses the same, renewed token.
            _ = try? await client.contact.v1.listEmpLeaveRecords(query: .init(maxResults: 1))
            return await log.requests.map { $0.target + " " + ($0.headers[HTTPField.Name("x-acs-dingtalk-access-token")!] ?? "") }
        }
        #expect(targets == [
            TokenEndpoints.dingtalk + " ",
            "/oapi/topapi/v2/user/getbymobile?access_token=t1 ",
            TokenEndpoints.dingtalk + " ",
            "/oapi/topapi/v2/user/getbymobile?access_token=t3 ",
            "/v1.0/contact/empLeaveRecords?maxResults=1 t3",
        ])
    }

    @Test func busyAnswersAreRetriedForGetButNotForPost() async throws {
        let busy = LoopbackServer.Answer(body: #"{"errcode": -1, "errmsg": "系统繁忙"}"#)
        let (calls, getSucceeded, postError) = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk ? TokenEndpoints.dingtalkAnswer(token: "t") : busy
        } _: { url, log in
            let client = Self.client(url, options: .fastRetries)
            let chat = try? await client.chat.get(query: .init(chatid: "c"))
            var postError: GetByMobile.Error?
            do { _ = try await client.topapi.v2.user.getbymobile(.init(mobile: "1")) } catch let error as GetByMobile.Error { postError = error }
            return (await log.requests.filter { $0.path != TokenEndpoints.dingtalk }.map(\.method), chat != nil, postError)
        }
        // GET: three attempts (fastRetries), all busy; POST: one, not retried.
        #expect(calls == [.get, .get, .get, .post])
        #expect(!getSucceeded)
        #expect(postError?.code == .codeMinus1)
    }

    @Test func answerWithoutErrcodeIsUnexpected() async throws {
        let error = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk ? TokenEndpoints.dingtalkAnswer(token: "t") : .init(body: #"{"result": {}}"#)
        } _: { url, _ in
            do {
                _ = try await Self.client(url).topapi.v2.user.getbymobile(.init(mobile: "1"))
                return nil as ClientError?
            } catch let error as ClientError { return error }
        }
        #expect(error?.description.contains("without the errcode") == true)
    }
}
