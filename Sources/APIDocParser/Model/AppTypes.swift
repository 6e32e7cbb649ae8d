import Foundation

/// The app types a page allows, in the platforms' own terms: Feishu `custom`/`isv`, or the
/// Chinese names both platforms use for them.
enum AppTypes {
    private static let names: [String: String] = [
        "自建应用": "custom", "企业自建应用": "custom", "企业内部应用": "custom",
        "商店应用": "isv", "应用商店应用": "isv", "第三方企业应用": "isv", "第三方个人应用": "personal",
    ]

    /// `custom  isv` → `["custom", "isv"]`; `自建应用、商店应用` → `["custom", "isv"]`;
    /// `appType-企业内部应用` → `["custom"]`.
    static func read(_ text: String) -> [String] {
        var types: [String] = []
        let words = text.replacingOccurrences(of: "appType-", with: " appType-").split { $0.isWhitespace || "、,，/".contains($0) }
        for word in words {
            let name = word.hasPrefix("appType-") ? String(word.dropFirst("appType-".count)) : String(word)
            let type = names[name] ?? name
            if !type.isEmpty, !types.contains(type) { types.append(type) }
        }
        return types
    }
}
