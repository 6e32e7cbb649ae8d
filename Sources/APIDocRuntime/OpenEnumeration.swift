/// A documented value list whose unknown values still decode: servers add values before docs do.
///
/// Generated value lists are structs with a `static let` per documented value, so
/// `switch status { case .confirmed: … default: … }` works and `Status(rawValue: "new")` too.
public protocol OpenEnumeration: RawRepresentable, Codable, Hashable, Sendable, ParameterValue
where RawValue: Codable & Hashable & Sendable & ParameterValue {
    init(rawValue: RawValue)
}

extension OpenEnumeration {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(RawValue.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var parameterText: String { rawValue.parameterText }
}
