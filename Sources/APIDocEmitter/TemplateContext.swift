/// View models as nested dictionaries and arrays for swift-mustache.
///
/// swift-mustache reflects (`Mirror`) on a value at every key it looks up, which made rendering
/// the costliest part of generation; dictionaries it reads directly. Reflecting once per value
/// here keeps view models plain structs.
enum TemplateContext {
    static func make(_ value: Any) -> Any {
        // Most values are text or flags, and a cast costs less than a mirror.
        if value is String || value is Bool || value is Int { return value }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct:
            var members: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                members[label] = make(child.value)
            }
            return members
        case .collection:
            return mirror.children.map { make($0.value) }
        case .optional:
            // `false`, not a missing key: a missing key would make Mustache look in the parent.
            return mirror.children.first.map { make($0.value) } ?? false
        default:
            return value
        }
    }
}
