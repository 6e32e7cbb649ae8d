import APIDocModel
import APIDocParser
import Testing

/// What a page states about how its endpoint is called: the server (DingTalk's older API), the
/// token, uploads and downloads.
@Suite struct CallClassTests {
    static func dingTalkPage(url: String, tokenTable: String) -> String {
        """
        ---
        title: "示例"
        source_url: "https://open.dingtalk.com/document/development/example"
        ---

        # 示例

        ## **请求**

        | **基本信息** | |
        | --- | --- |
        | HTTP URL | \(url) |
        | HTTP Method | GET |

        \(tokenTable)
        """
    }

    @Test func legacyDingTalkPageIsOnTheLegacyServerWithTheAppToken() throws {
        let page = Self.dingTalkPage(url: "https://oapi.dingtalk.com/chat/get", tokenTable: """
            ### **查询参数**

            | 名称 | 类型 | 是否必填 | 示例值 | 描述 |
            | --- | --- | --- | --- | --- |
            | access\\_token | String | 是 | 6d1bxxxx | 调用该接口的应用凭证。 |
            | chatid | String | 是 | chat1 | 群会话的ID。 |
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.server == .legacy)
        #expect(endpoint.callClass == .json)
        #expect(endpoint.accessTokens == [.app])
        #expect(endpoint.queryParameters.map(\.name) == ["access_token", "chatid"])
    }

    @Test func currentDingTalkPageAsksForTheAppTokenItsHeaderNames() throws {
        let page = Self.dingTalkPage(url: "https://api.dingtalk.com/v1.0/contact/users/me", tokenTable: """
            ### **请求头**

            | 名称 | 类型 | 是否必填 | 示例值 | 描述 |
            | --- | --- | --- | --- | --- |
            | x-acs-dingtalk-access-token | String | 是 | abc | 调用该接口的访问凭证。 |
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.server == .current)
        #expect(endpoint.accessTokens == [.app])
    }

    @Test func dingTalkPageThatDocumentsNoTokenAsksForNone() throws {
        let page = Self.dingTalkPage(url: "https://oapi.dingtalk.com/gettoken", tokenTable: "")
        #expect(try #require(Pages.parse(page).endpoints.first).accessTokens == [])
    }

    /// The content type as the row's example, or as its fixed value (hire's attachment upload).
    @Test(arguments: [
        #"**示例值**："multipart/form-data; boundary=---7MA4YWxkTrZu0gW""#,
        #"**固定值**："multipart/form-data""#,
    ])
    func multipartContentTypeIsAnUpload(contentType: String) throws {
        let page = Pages.converted("""
            ### 请求头

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            Content-Type | string | 是 | \(contentType)

            ### 请求体

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            content | file | 是 | 文件二进制内容
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.callClass == .upload)
        #expect(endpoint.requestBody.map(\.type) == [.file])
    }

    @Test func multipartCurlSampleIsAnUpload() throws {
        let page = Pages.converted("""
            ### 请求体示例

            ```
            curl --location --request POST 'https://open.feishu.cn/open-apis/example/v1/items' \\
            --header 'Content-Type: multipart/form-data' \\
            --form 'file=@"/path/a.pdf"'
            ```
            """).replacingOccurrences(of: "### 请求体示例", with: "**请求体示例**：")
        #expect(try #require(Pages.parse(page).endpoints.first).callClass == .upload)
    }

    /// DingTalk's single-step file upload shows only curl's `--form`, which sends multipart.
    @Test func curlFormSampleIsAnUpload() throws {
        let page = Pages.converted("""
            ### 请求体示例

            ```
            curl --location --request POST 'https://open.feishu.cn/open-apis/example/v1/items' \\
            --form 'file=@"C:/Users/Desktop/222.txt"'
            ```
            """).replacingOccurrences(of: "### 请求体示例", with: "**请求体示例**：")
        #expect(try #require(Pages.parse(page).endpoints.first).callClass == .upload)
    }

    /// docx blocks and corehr persons name object types `file`: no upload without multipart.
    @Test func fileTypedFieldInAJSONBodyIsNoUpload() throws {
        let page = Pages.converted("""
            ### 请求体

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            file | file | 否 | 文件 Block

            ### 请求体示例

            ```json
            {"file": {"token": "boxcn"}}
            ```
            """)
        #expect(try #require(Pages.parse(page).endpoints.first).callClass == .json)
    }

    /// The drive's media download documents `Range` under a heading of its own.
    @Test func partialDownloadTableIsRequestHeaders() throws {
        let page = Pages.converted("""
            ### 部分下载

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            Range | string | 否 | 格式为 `Range: bytes=start-end`

            ## 响应

            返回文件二进制流
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.headers.map(\.name) == ["Range"])
        #expect(endpoint.callClass == .download)
        #expect(endpoint.diagnostics.isEmpty)
    }

    @Test func binaryAnswerAfterResponseHeadersIsADownload() throws {
        let page = Pages.converted("""
            ## 响应

            ### 响应头

            名称 | 类型 | 描述
            --- | --- | ---
            content-type | string | 文件的`MIME`

            HTTP状态码为 200 时，表示成功

            返回文件二进制流
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.callClass == .download)
        // Response headers are not response fields, and their prose is not the summary.
        #expect(endpoint.response.isEmpty)
        #expect(!endpoint.summary.contains("200"))
        #expect(endpoint.diagnostics.isEmpty)
    }
}
