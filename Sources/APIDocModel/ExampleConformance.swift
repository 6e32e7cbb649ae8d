import Foundation

/// What decoding a page's own JSON example into the generated types, and encoding it again, would
/// keep and reject, worked out on the model: a page whose example does not come back unchanged
/// contradicts itself (or is misread).
///
/// The generated types decode as the model says: `string`, `integer`, `number`, `boolean` as
/// Swift scalars (an integer where a number is documented is fine), objects with fields as
/// structs that drop members they do not declare, objects without fields, maps, `any` and files
/// as JSON values that keep everything, documented values as open enumerations, a `recursive`
/// list within its object as that object again (elsewhere as JSON values). Request fields
/// that are required must be present and not null; answers' fields are all optional. A `null`
/// member and an absent one encode alike, so a `null` is no difference.
public enum ExampleConformance {
    /// Why an example would not come back unchanged.
    public enum Problem: Hashable, Sendable {
        /// A member no field documents: decoding drops it.
        case undocumented(path: String)
        /// A value the field's type cannot hold: decoding fails.
        case typeConflict(path: String, field: Field, value: JSONValue)
        /// A required request field the example leaves out or sets to null: decoding fails.
        case missingRequired(path: String, field: Field)
        /// A member no table row documents, which the field read from the example
        /// (`Field.exampleOnly`) keeps.
        case exampleOnly(path: String)

        public var path: String {
            switch self {
            case .undocumented(let path), .typeConflict(let path, _, _), .missingRequired(let path, _), .exampleOnly(let path): path
            }
        }

        /// Whether the generated type loses or rejects the example here. A field documented as
        /// an object without fields is generated as any JSON value, which keeps whatever the
        /// example has there, and a field read from the example keeps it too: the page
        /// contradicts itself, but the example comes back unchanged.
        public var changesTheExample: Bool {
            switch self {
            case .typeConflict(_, let field, _): field.type != .object || !field.children.isEmpty
            case .exampleOnly: false
            case .undocumented, .missingRequired: true
            }
        }

        /// Whether decoding the example fails here (rather than dropping a member).
        public var rejectsTheExample: Bool {
            switch self {
            case .typeConflict: changesTheExample
            case .missingRequired: true
            case .undocumented, .exampleOnly: false
            }
        }

        /// `undocumented`, `type conflict`, `missing required`.
        public var kindName: String {
            switch self {
            case .undocumented: "undocumented"
            case .typeConflict: "type conflict"
            case .missingRequired: "missing required"
            case .exampleOnly: "example only"
            }
        }
    }

    /// What an example does through its generated type, best first.
    public enum Outcome: String, Sendable, CaseIterable {
        /// The same JSON comes back.
        case roundTrip = "round-trip"
        /// It decodes, but comes back without a member no field documents.
        case changed
        /// `JSONDecoder` rejects it, but the runtime's lenient reading of answers converts each
        /// value it rejects without loss: a quoted number or boolean, a number for a string, one
        /// object for a list.
        case readLeniently = "read leniently"
        /// It does not decode.
        case rejected
    }

    /// One of a page's JSON examples against the fields of the type it would decode into.
    public struct Check: Sendable, Hashable {
        /// `request` (the body) or `response` (the answer).
        public var part: String
        /// What the generated type decodes: the body example, or the answer's `payload`.
        public var example: JSONValue
        /// Where the example and the fields disagree.
        public var problems: [Problem]
        /// Whether the example decodes when read leniently.
        public var decodesLeniently: Bool

        /// Whether the example comes back unchanged through the generated type.
        public var roundTrips: Bool { !problems.contains(where: \.changesTheExample) }

        /// What the example does through the generated type, as the compiled check finds it.
        public var outcome: Outcome {
            if roundTrips { return .roundTrip }
            if !problems.contains(where: \.rejectsTheExample) { return .changed }
            return decodesLeniently ? .readLeniently : .rejected
        }
    }

    /// Whether a value comes back unchanged through a field of its type (members no row
    /// documents aside).
    public static func value(_ value: JSONValue, fits field: Field) -> Bool {
        !problems(of: value, as: field, path: "", required: false, enclosing: [], lenient: false).contains { problem in
            if case .typeConflict = problem { return problem.changesTheExample }
            return false
        }
    }

    /// The checks of an endpoint's JSON examples: the request body's (but a multipart upload's)
    /// and the answer's (but a downloaded file's).
    public static func checks(of endpoint: Endpoint) -> [Check] {
        var checks: [Check] = []
        if let example = endpoint.examples.requestBody, endpoint.callClass != .upload {
            checks.append(check("request", of: example, against: endpoint.requestBody, required: true))
        }
        if let answer = endpoint.examples.response, endpoint.callClass != .download {
            let example = payload(ofResponseExample: answer, platform: endpoint.platform)
            checks.append(check("response", of: example, against: endpoint.response, required: false))
        }
        return checks
    }

    private static func check(_ part: String, of example: JSONValue, against fields: [Field], required: Bool) -> Check {
        let found = problems(of: example, against: fields, required: required)
        let leniently = found.contains(where: \.rejectsTheExample) ? problems(of: example, against: fields, required: required, lenient: true) : found
        return Check(part: part, example: example, problems: found, decodesLeniently: !leniently.contains(where: \.rejectsTheExample))
    }

    /// The problems of `example` against `fields`, in example order.
    ///
    /// - Parameters:
    ///   - example: The page's JSON example (for an answer, its `payload(ofResponseExample:platform:)`).
    ///   - fields: The body's fields, or the answer's.
    ///   - required: Whether required fields must be present (requests).
    ///   - lenient: Whether values are first converted as the runtime's lenient reading of
    ///     answers converts them (`Outcome.readLeniently`).
    public static func problems(of example: JSONValue, against fields: [Field], required: Bool, lenient: Bool = false) -> [Problem] {
        if fields.count == 1, let bare = fields.first, bare.name.isEmpty {
            return problems(of: example, as: bare, path: "", required: required, enclosing: [], lenient: lenient)
        }
        return problems(ofMembers: example, against: fields, path: "", required: required, enclosing: [], lenient: lenient)
    }

    /// The part of an answer's example the response fields describe: Feishu's `data` (or the
    /// members beside `code` and `msg` where there is none), DingTalk's body (without the older
    /// API's `errcode`, `errmsg` and `request_id`).
    public static func payload(ofResponseExample example: JSONValue, platform: Platform) -> JSONValue {
        guard case .object(var members) = example else { return example }
        switch platform {
        case .feishu:
            if let data = members["data"], members["code"] != nil || members["msg"] != nil { return data }
            for status in ["code", "msg"] { members[status] = nil }
        case .dingtalk:
            // The older API's gateway adds `request_id` beside `errcode` to every answer.
            if members["errcode"] != nil { members["request_id"] = nil }
            for status in ["errcode", "errmsg"] { members[status] = nil }
        }
        return .object(members)
    }

    /// - Parameter enclosing: The objects `value` sits in, outermost first: a `recursive` list's
    ///   elements are the innermost one again.
    private static func problems(
        ofMembers value: JSONValue, against fields: [Field], path: String, required: Bool, enclosing: [Field], lenient: Bool
    ) -> [Problem] {
        guard case .object(let members) = value else {
            return [.typeConflict(path: path.isEmpty ? "(the example)" : path, field: Field(name: path, type: .object), value: value)]
        }
        var found: [Problem] = []
        let byName = Dictionary(fields.map { ($0.name, $0) }) { first, _ in first }
        for name in members.keys.sorted() {
            let member = members[name] ?? .null
            let memberPath = path.isEmpty ? name : path + "." + name
            guard let field = byName[name] else {
                if member != .null { found.append(.undocumented(path: memberPath)) }
                continue
            }
            if field.exampleOnly { found.append(.exampleOnly(path: memberPath)) }
            found += problems(of: member, as: field, path: memberPath, required: required, enclosing: enclosing, lenient: lenient)
        }
        if required {
            for field in fields where field.required && members[field.name] == nil {
                found.append(.missingRequired(path: path.isEmpty ? field.name : path + "." + field.name, field: field))
            }
        }
        return found
    }

    private static func problems(of value: JSONValue, as field: Field, path: String, required: Bool, enclosing: [Field], lenient: Bool) -> [Problem] {
        let value = lenient ? leniently(value, as: field) : value
        if value == .null {
            return required && field.required ? [.missingRequired(path: path, field: field)] : []
        }
        let conflict = [Problem.typeConflict(path: path, field: field, value: value)]
        switch (field.type, value) {
        case (.any, _), (.file, _): return []
        case (.string, .string), (.boolean, .bool), (.integer, .integer), (.number, .number): return []
        case (.number, .integer(let number)):
            // A Double holds integers exactly up to 2^53. Past that, the shortest decimal an
            // encoder writes for it may still be the integer (`1.763131403240105e+17`); an ID it
            // rounds (`7.095671727698479e+18`) comes back changed.
            return Decimal(string: "\(Double(number))") == Decimal(number) ? [] : conflict
        case (.map, .object(let members)):
            guard let values = field.items else { return [] }
            return members.keys.sorted().flatMap { key in
                problems(of: members[key] ?? .null, as: values, path: path + "{}", required: required, enclosing: enclosing, lenient: lenient)
            }
        case (.object, .object):
            return field.children.isEmpty
                ? []
                : problems(ofMembers: value, against: field.children, path: path, required: required, enclosing: enclosing + [field], lenient: lenient)
        case (.array, .array(let elements)):
            guard var items = field.items else { return [] }
            if items.recursive {
                // `[Self]` in the object it sits in; elsewhere any JSON value (see the emitter).
                guard let object = enclosing.last, object.typeName == items.typeName else { return [] }
                items.children = object.children
            }
            if items.type == .object, items.children.isEmpty, !field.children.isEmpty {
                var element = items
                element.children = field.children
                return elements.flatMap { problems(of: $0, as: element, path: path + "[]", required: required, enclosing: enclosing, lenient: lenient) }
            }
            return elements.flatMap { problems(of: $0, as: items, path: path + "[]", required: required, enclosing: enclosing, lenient: lenient) }
        default:
            return conflict
        }
    }

    /// `value` as the runtime's lenient reading of answers (`LenientAnswerDecoder`) converts it
    /// for a field of `field`'s type, or as it is where that reading converts nothing.
    private static func leniently(_ value: JSONValue, as field: Field) -> JSONValue {
        switch (field.type, value) {
        case (.string, .integer(let number)): .string(String(number))
        case (.string, .number(let number)): .string(String(number))
        case (.boolean, .string("true")): .bool(true)
        case (.boolean, .string("false")): .bool(false)
        case (.integer, .string(let text)): Int64(text).map(JSONValue.integer) ?? value
        case (.number, .string(let text)): Double(text).flatMap { $0.isFinite ? JSONValue.number($0) : nil } ?? value
        case (.array, .object): .array([value])
        default: value
        }
    }
}
