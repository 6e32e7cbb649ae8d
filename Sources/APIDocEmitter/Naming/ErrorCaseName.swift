import APIDocModel

/// Case names for documented error codes: from the English message (`offboarding has been
/// withdrawn` → `offboardingHasBeenWithdrawn`), a small glossary of common Chinese messages, the
/// dotted DingTalk code (`system.error` → `systemError`), else `code1161005`.
enum ErrorCaseName {
    private static let glossary: [String: String] = [
        "参数错误": "invalidParameter", "参数不合法": "invalidParameter", "参数无效": "invalidParameter",
        "系统错误": "systemError", "内部错误": "internalError", "服务内部错误": "internalError",
        "无权限": "noPermission", "没有权限": "noPermission", "权限不足": "noPermission",
        "请求过于频繁": "tooManyRequests", "频率限制": "rateLimited", "资源不存在": "notFound", "数据不存在": "notFound",
    ]

    private static let maximumWords = 8

    static func name(for error: DocumentedError) -> String {
        let message = error.message.trimmingWhitespace()
        if let known = glossary[message] { return known }
        if case .text(let code) = error.code, code.contains(where: \.isLetter) {
            return SwiftName.memberName(code)
        }
        let words = SwiftName.words(message)
        let readsAsWords = message.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || " ,.;:'-_()".contains($0)) }
        if !words.isEmpty, words.count <= maximumWords, readsAsWords {
            return SwiftName.memberName(words.joined(separator: "_"), digitPrefix: "code")
        }
        // DingTalk's legacy -1 (系统繁忙) is not code 1.
        if case .number(let number) = error.code, number < 0 { return "codeMinus\(number.magnitude)" }
        return "code" + SwiftName.words(error.code.description).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
