/// Permission scopes as the pages' basic tables write them, found by scanning bytes (every
/// character they use is ASCII): a `Regex` would be compiled again for every page, which cost
/// more than the rest of the basic table.
enum PermissionScopes {
    /// Feishu scopes: `contact:user.base:readonly`, a lowercase word then `:`-separated parts.
    static func feishu(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        var scopes: [String] = []
        var index = 0
        while index < bytes.count {
            guard isLowercase(bytes[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, isLowercase(bytes[end]) || bytes[end] == UInt8(ascii: "_") { end += 1 }
            let word = end
            while end < bytes.count, bytes[end] == UInt8(ascii: ":") {
                let part = run(of: isFeishuPart, in: bytes, from: end + 1)
                guard part > end + 1 else { break }
                end = part
            }
            if end > word {
                let scope = String(decoding: bytes[index..<end], as: UTF8.self)
                if !scopes.contains(scope) { scopes.append(scope) }
            }
            index = end
        }
        return scopes
    }

    /// DingTalk scopes: `permission-Contact.Common.Read-通讯录基本数据读权限` → `Contact.Common.Read`.
    static func dingTalk(in text: String, allowingColons: Bool) -> [String] {
        let marker = Array("permission-".utf8)
        let bytes = Array(text.utf8)
        var scopes: [String] = []
        var index = 0
        while index + marker.count <= bytes.count {
            guard bytes[index..<index + marker.count].elementsEqual(marker) else {
                index += 1
                continue
            }
            let start = index + marker.count
            let end = run(of: { isDingTalkPart($0) || allowingColons && $0 == UInt8(ascii: ":") }, in: bytes, from: start)
            if end > start { scopes.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
            index = max(end, index + 1)
        }
        return scopes
    }

    private static func run(of matches: (UInt8) -> Bool, in bytes: [UInt8], from start: Int) -> Int {
        var end = start
        while end < bytes.count, matches(bytes[end]) { end += 1 }
        return end
    }

    private static func isLowercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }

    private static func isDingTalkPart(_ byte: UInt8) -> Bool {
        isLowercase(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    private static func isFeishuPart(_ byte: UInt8) -> Bool { isDingTalkPart(byte) || byte == UInt8(ascii: "-") }
}
