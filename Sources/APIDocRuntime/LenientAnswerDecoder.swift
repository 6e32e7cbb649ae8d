import Logging

/// Decodes an answer that `JSONDecoder` refused because a value is spelt otherwise than the
/// page's table types it: a quoted number or boolean (`"hired_date": "1597573616828"`), a number
/// where the table says string (`"id": 43047156750`), or one object where the table says list.
///
/// The pages show these spellings in their own examples (the generator warns of each), and
/// servers answer that way; refusing the whole answer for them would lose data the caller asked
/// for. Every value read this way converts without loss, and the paths it was needed at are
/// reported, so the caller's log says where the server and the page disagree.
enum LenientAnswerDecoder {
    /// The answer as `type`, and the paths (`recordresult[].id`) whose values were read in
    /// another spelling.
    static func decode<Value: Decodable>(_ type: Value.Type, from tree: JSONValue) throws -> (value: Value, convertedPaths: [String]) {
        let log = ConversionLog()
        let value = try LenientDecoder(value: tree, codingPath: [], log: log).decode(type)
        return (value, log.paths)
    }
}

/// Who the lenient decoding of an answer tells: set by `APIClient` around each answer it decodes.
struct AnswerDecodingContext: Sendable {
    var logger: Logger
    var operationID: String

    @TaskLocal static var current: AnswerDecodingContext?

    /// Tells the log that an answer was read in other spellings than its page documents.
    static func report(convertedPaths: [String], of type: Any.Type) {
        guard let context = current, !convertedPaths.isEmpty else { return }
        context.logger.warning(
            "the answer spells values otherwise than the page documents; read leniently",
            metadata: [
                "operation": "\(context.operationID)", "type": "\(type)",
                "paths": "\(convertedPaths.prefix(10).joined(separator: ", "))\(convertedPaths.count > 10 ? ", …" : "")",
            ])
    }
}

/// The paths of one decoding's conversions; one decoding runs on one thread.
private final class ConversionLog {
    var paths: [String] = []
}

private struct LenientDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    let log: ConversionLog
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        if let tree = value as? Value { return tree }
        if let scalar = try scalar(type) { return scalar }
        return try Value(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else { throw mismatch([String: JSONValue].self) }
        return KeyedDecodingContainer(KeyedContainer<Key>(members: members, codingPath: codingPath, log: log))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch value {
        case .array(let elements):
            return UnkeyedContainer(elements: elements, codingPath: codingPath, log: log)
        case .object:
            // One object where the page's table says a list of them.
            converted()
            return UnkeyedContainer(elements: [value], codingPath: codingPath, log: log)
        default:
            throw mismatch([JSONValue].self)
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValueContainer(decoder: self) }

    /// Records the path once, a list's elements as `[]`: one server spelling, however many
    /// elements show it.
    func converted() {
        let path = codingPath.reduce(into: "") { path, key in
            if key.intValue != nil {
                path += "[]"
            } else {
                path += (path.isEmpty ? "" : ".") + key.stringValue
            }
        }
        if !log.paths.contains(path) { log.paths.append(path) }
    }

    func mismatch(_ expected: Any.Type) -> DecodingError {
        .typeMismatch(expected, .init(codingPath: codingPath, debugDescription: "found \(value) in the answer"))
    }

    /// Strings, booleans and numbers, read from either spelling; `nil` for other types, which
    /// decode themselves from this decoder's containers.
    private func scalar<Value>(_ type: Value.Type) throws -> Value? {
        switch type {
        case is String.Type: try string() as? Value
        case is Bool.Type: try bool() as? Value
        case let integer as any FixedWidthInteger.Type: try self.integer(integer) as? Value
        case let floating as any (BinaryFloatingPoint & LosslessStringConvertible).Type: try floatingPoint(floating) as? Value
        default: nil
        }
    }

    private func string() throws -> String {
        switch value {
        case .string(let text): return text
        case .integer(let number): converted(); return String(number)
        case .number(let number): converted(); return String(number)
        default: throw mismatch(String.self)
        }
    }

    private func bool() throws -> Bool {
        switch value {
        case .bool(let flag): return flag
        case .string("true"): converted(); return true
        case .string("false"): converted(); return false
        default: throw mismatch(Bool.self)
        }
    }

    private func integer<Integer: FixedWidthInteger>(_ type: Integer.Type) throws -> Integer {
        switch value {
        case .integer(let number):
            if let exact = Integer(exactly: number) { return exact }
        case .number(let number):
            if let exact = Integer(exactly: number) { return exact }
        case .string(let text):
            if let exact = Integer(text) { converted(); return exact }
        default: break
        }
        throw mismatch(type)
    }

    private func floatingPoint<Floating: BinaryFloatingPoint & LosslessStringConvertible>(_ type: Floating.Type) throws -> Floating {
        switch value {
        case .number(let number): return Floating(number)
        case .integer(let number): return Floating(number)
        case .string(let text):
            if let number = Floating(text), number.isFinite { converted(); return number }
        default: break
        }
        throw mismatch(type)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    let codingPath: [any CodingKey]
    let log: ConversionLog

    var allKeys: [Key] { members.keys.compactMap(Key.init(stringValue:)) }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool { (members[key.stringValue] ?? .null) == .null }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try decoder(for: key).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        LenientDecoder(value: .object(members), codingPath: codingPath, log: log)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(for: key) }

    private func decoder(for key: Key) throws -> LenientDecoder {
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no '\(key.stringValue)' in the answer"))
        }
        return LenientDecoder(value: value, codingPath: codingPath + [key], log: log)
    }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let codingPath: [any CodingKey]
    let log: ConversionLog
    private(set) var currentIndex = 0

    init(elements: [JSONValue], codingPath: [any CodingKey], log: ConversionLog) {
        self.elements = elements
        self.codingPath = codingPath
        self.log = log
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        let value = try next().decode(type)
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let container = try next().container(keyedBy: type)
        currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try next().unkeyedContainer()
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = try next()
        currentIndex += 1
        return decoder
    }

    private func next() throws -> LenientDecoder {
        let path = codingPath + [ElementKey(intValue: currentIndex)]
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, .init(codingPath: path, debugDescription: "the list has \(elements.count) elements"))
        }
        return LenientDecoder(value: elements[currentIndex], codingPath: path, log: log)
    }
}

private struct SingleValueContainer: SingleValueDecodingContainer {
    let decoder: LenientDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.value == .null }

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try decoder.decode(type) }
}

private struct ElementKey: CodingKey {
    var intValue: Int?
    var stringValue: String { String(intValue ?? 0) }

    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
