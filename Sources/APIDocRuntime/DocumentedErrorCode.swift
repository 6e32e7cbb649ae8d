/// The error codes one endpoint's page documents, generated as an enum per endpoint.
public protocol DocumentedErrorCode: Sendable, Hashable, CustomStringConvertible {
    /// The documented code for the wire code `code`, or `nil` when the page does not list it.
    init?(code: String)
    /// The HTTP status the page lists with the code.
    var httpStatus: Int? { get }
    /// The page's description of the error.
    var message: String { get }
    /// What the page advises doing about it.
    var advice: String { get }
}

extension DocumentedErrorCode {
    public var description: String { message }
}

extension DocumentedErrorCode where Self: RawRepresentable, RawValue == Int {
    public init?(code: String) {
        guard let number = Int(code) else { return nil }
        self.init(rawValue: number)
    }
}

extension DocumentedErrorCode where Self: RawRepresentable, RawValue == String {
    public init?(code: String) {
        self.init(rawValue: code)
    }
}

/// For endpoints whose page documents no error code.
public enum NoDocumentedErrors: DocumentedErrorCode {
    public init?(code: String) { nil }
    public var httpStatus: Int? { switch self {} }
    public var message: String { switch self {} }
    public var advice: String { switch self {} }
}
