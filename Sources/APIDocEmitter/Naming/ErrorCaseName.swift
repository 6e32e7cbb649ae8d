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
        "服务器错误": "serverError", "服务器内部错误": "internalError", "系统内部错误": "internalError", "通用错误信息": "generalError",
        "请求超时": "requestTimeout", "调用失败": "callFailed", "历史错误码，不再使用": "retiredCode", "用户不存在": "userNotFound",
        "账户不存在": "accountNotFound", "记录不存在": "recordNotFound",
    ]

    /// Words a long message can lose and still be recognised: `Your request specifies a chat
    /// which has already been dissolved` → `requestSpecifiesChatAlreadyDissolved`.
    private static let fillers: Set<String> = [
        "a", "an", "the", "your", "you", "which", "that", "has", "have", "been", "is", "are", "was", "to", "of", "in", "for",
        "or", "and", "this", "it", "its", "be", "please", "with", "by", "on", "at", "as",
    ]

    private static let maximumWords = 8

    static func name(for error: DocumentedError) -> String {
        let message = error.message.trimmingWhitespace()
        if let known = glossary[message] { return known }
        if case .text(let code) = error.code, code.contains(where: \.isLetter) {
            return SwiftName.memberName(code)
        }
        let readsAsWords = message.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || " ,.;:'’-_()/".contains($0)) }
        if readsAsWords, let words = Self.nameWords(of: message) {
            return SwiftName.memberName(words.joined(separator: "_"), digitPrefix: "code")
        }
        // DingTalk's legacy -1 (系统繁忙) is not code 1.
        if case .number(let number) = error.code, number < 0 { return "codeMinus\(number.magnitude)" }
        return "code" + SwiftName.words(error.code.description).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The message's words when they are few enough to name a case: all of them, or the first
    /// sentence's without filler words.
    private static func nameWords(of message: String) -> [String]? {
        let words = SwiftName.words(plainEnglish(message)).map(unshouted)
        if !words.isEmpty, words.count <= maximumWords { return words }
        let sentence = message.prefix { !".;:,".contains($0) }
        let content = SwiftName.words(plainEnglish(String(sentence))).map(unshouted).filter { !fillers.contains($0.lowercased()) }
        return content.isEmpty || content.count > maximumWords ? nil : content
    }

    /// Contractions and possessives as words, not letters split off at the apostrophe:
    /// `File's size can't be 0` → `File size cannot be 0`, not `fileSSizeCanTBe0`.
    private static func plainEnglish(_ message: String) -> String {
        var text = message.replacingOccurrences(of: "’", with: "'")
        for (contraction, words) in [("can't", "cannot"), ("Can't", "Cannot"), ("won't", "will not"), ("Won't", "Will not")] {
            text = text.replacingOccurrences(of: contraction, with: words)
        }
        return text.replacingOccurrences(of: "n't", with: " not").replacingOccurrences(of: "'s ", with: " ")
            .replacingOccurrences(of: "'", with: "")
    }

    /// `NO` → `no`: a shouted word is not an acronym (known acronyms are spelled by `SwiftName`).
    private static func unshouted(_ word: String) -> String {
        word.count > 1 && word.allSatisfy { $0.isUppercase } ? word.lowercased() : word
    }
}
