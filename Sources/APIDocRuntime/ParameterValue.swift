/// A value that can stand in a URL path segment or a query item.
public protocol ParameterValue: Sendable {
    /// The value as the wire text.
    var parameterText: String { get }
}

extension String: ParameterValue {
    public var parameterText: String { self }
}

extension Int: ParameterValue {
    public var parameterText: String { String(self) }
}

extension Int64: ParameterValue {
    public var parameterText: String { String(self) }
}

extension Double: ParameterValue {
    public var parameterText: String { String(self) }
}

extension Bool: ParameterValue {
    public var parameterText: String { self ? "true" : "false" }
}

/// Query items in the order a request adds them.
public struct QueryItems: Sendable, Hashable {
    public private(set) var items: [Item] = []

    public struct Item: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    public init() {}

    /// Adds `name=value` unless `value` is `nil`.
    public mutating func append(_ name: String, _ value: (some ParameterValue)?) {
        if let value { items.append(Item(name: name, value: value.parameterText)) }
    }

    /// Adds one `name=value` item per element, the way both platforms read repeated parameters.
    public mutating func append(_ name: String, _ values: [some ParameterValue]?) {
        for value in values ?? [] { append(name, value) }
    }
}

/// A query struct that the generator wrote for an endpoint.
public protocol QueryParameters: Sendable {
    /// Adds the parameters that are set, in the page's order.
    func write(to query: inout QueryItems)
}
