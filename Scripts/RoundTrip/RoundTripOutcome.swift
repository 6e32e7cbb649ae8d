import APIDocRuntime
import Foundation
import HTTPTypes

/// Compiled into the generated module with the checks `apidocgen generate --round-trip-checks`
/// writes, so each check names its types from inside the module.
///
/// Records one check: the page, `request` or `response`, the outcome `apidocgen sweep` works
/// out on the model (`ExampleConformance.Outcome`'s raw value), and the outcome of doing it for
/// real.
public typealias RoundTripCheck = (String, String, String, () -> RoundTripOutcome) -> Void

/// What decoding an example into its generated type and encoding it again did; the raw values
/// are `ExampleConformance.Outcome`'s.
public enum RoundTripOutcome: String, Sendable {
    /// The same JSON came back (a `null` member and an absent one are alike, as are `1` and `1.0`).
    case roundTrip = "round-trip"
    /// It decoded, but came back different: a member dropped or a value changed.
    case changed
    /// It did not decode, but a client reads it, converting values spelt otherwise than the page
    /// types them (a quoted number, one object for a list).
    case readLeniently = "read leniently"
    /// It did not decode, not even leniently.
    case rejected

    public static func of<T: Codable>(_ type: T.Type, _ json: String) -> RoundTripOutcome {
        let data = Data(json.utf8)
        guard let value = try? JSONDecoder().decode(T.self, from: data) else {
            // A successful answer's body as the client reads it: every platform's conventions end
            // in the same decoding.
            let read = try? DingTalkConventions().decode(T.self, errors: NoDocumentedErrors.self, response: HTTPResponse(status: .ok), body: data)
            return read == nil ? .rejected : .readLeniently
        }
        guard let encoded = try? JSONEncoder().encode(value),
            let original = try? JSONDecoder().decode(JSONValue.self, from: data),
            let again = try? JSONDecoder().decode(JSONValue.self, from: encoded)
        else { return .changed }
        return same(original, again) ? .roundTrip : .changed
    }

    private static func same(_ left: JSONValue, _ right: JSONValue) -> Bool {
        switch (left, right) {
        case (.object(let a), .object(let b)):
            let keys = Set(a.filter { $0.value != .null }.keys).union(b.filter { $0.value != .null }.keys)
            return keys.allSatisfy { same(a[$0] ?? .null, b[$0] ?? .null) }
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy(same)
        case (.integer(let a), .number(let b)), (.number(let b), .integer(let a)):
            // Exactly: an ID past 2^53 that a Double rounds is a changed value, not the same one.
            return Double(exactly: a) == b
        default:
            return left == right
        }
    }
}
