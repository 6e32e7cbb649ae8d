import APIDocModel
import Testing

/// The summary is the prose between the title and the next heading, with the lists it introduces.
@Suite struct SummaryTests {
    @Test func theSummaryEndsAtTheNextHeadingAndKeepsItsLists() throws {
        let page = """
            ---
            title: "发送消息"
            ---

            # 发送消息 (v1)

            调用该接口发送消息。支持的类型例如：

            - 文本
            - 图片

            ## 请求

            名称 | 值
            ---|---
            HTTP URL | https://open.feishu.cn/open-apis/im/v1/messages
            HTTP Method | POST

            ## 230099 子错误码

            200861 | Failed to create card content | 卡片中使用了不再支持的组件。
            """
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.summary == "调用该接口发送消息。支持的类型例如：\n\n- 文本\n- 图片")
    }
}
