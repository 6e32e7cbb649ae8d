/// The error codes one endpoint's page documents, generated as an enum per endpoint (or per
/// service, for endpoints that document the same table).
public protocol DocumentedErrorCode: Sendable, Hashable, CustomStringConvertible {
    /// The documented code for the wire code `code`, or `nil` when the page does not list it.
    init?(code: String)
    /// What the page says about the code.
    var documentation: ErrorDocumentation { get }
}

/// What a page says about one of its error codes.
public struct ErrorDocumentation: Sendable, Hashable {
    /// The HTTP status the page lists with the code.
    public var httpStatus: Int?
    /// The page's description of the error.
    public var message: String
    /// What the page advises doing about it.
    public var advice: String

    public init(httpStatus: Int?, message: String, advice: String) {
        self.httpStatus = httpStatus
        self.message = message
        self.advice = advice
    }
}

extension DocumentedErrorCode {
    /// The HTTP status the page lists with the code.
    public var httpStatus: Int? { documentation.httpStatus }
    /// The page's description of the error.
    public var message: String { documentation.message }
    /// What the page advises doing about it.
    public var advice: String { documentation.advice }
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
    public var documentation: ErrorDocumentation { switch self {} }
}
