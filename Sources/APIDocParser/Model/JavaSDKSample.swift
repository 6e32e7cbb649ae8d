import APIDocModel

/// The request object a page's Java SDK sample builds, as the JSON it stands for.
///
/// DingTalk pages show how to call each endpoint through its official SDKs. The Java sample builds
/// the request from the SDK's own classes, which are generated from the vendor's metadata: nested
/// classes and setter chains (`StartProcessInstanceRequestApprovers approvers0 = new …()
/// .setActionType("AND")`, `.setApprovers(java.util.Arrays.asList(approvers0))`) state the body's
/// nesting exactly where the page's flat table does not. Keys are the setters' names with a lower
/// case first letter; the SDK's house style, not necessarily the wire's (`setDeptId` for
/// `dept_id`), so they are matched to the table's names by `ExampleShape`.
///
/// Only the shape is read: the code is never copied into the output.
struct JavaSDKSample {
    /// The request object, or `nil` when the code builds none the way SDK samples do.
    private(set) var request: JSONValue?

    private var tokens: [JavaTokens.Token]
    private var position = 0
    private var variables: [String: JSONValue] = [:]
    private var types: [String: String] = [:]
    private var depth = 0

    /// The most JSON values one variable may hold: samples build a few dozen; a page that doubles
    /// a value line after line, or nests one in the next, would otherwise grow it without bound.
    private static let valueBudget = 10_000

    init(_ code: String) {
        tokens = []
        guard code.contains("WithOptions(") || code.contains("client.execute(") else { return }
        tokens = JavaTokens(code).tokens
        while position < tokens.count {
            statement()
        }
    }

    private mutating func statement() {
        guard case .name(let first) = tokens[position] else {
            position += 1
            return
        }
        if Self.isRequestCall(first), peek(1) == .punctuation("(") {
            position += 2
            let request = argumentNames().first { types[$0].map(Self.isRequestType) == true }.flatMap { variables[$0] }
            if self.request == nil, let request, request.objectValue?.isEmpty == false { self.request = request }
            return
        }
        if let (variable, method) = Self.methodCall(first), variables[variable] != nil, peek(1) == .punctuation("(") {
            position += 2
            let arguments = expressions(until: ")")
            mutate(variable, method: method, arguments: arguments)
            skipStatement()
            return
        }
        // A declaration: a type (with generics) and a name, then `=`.
        var index = position
        while index < tokens.count, tokens[index] != .punctuation("=") {
            switch tokens[index] {
            case .name, .punctuation("<"), .punctuation(">"), .punctuation(","), .punctuation("?"), .punctuation("["), .punctuation("]"):
                index += 1
            default:
                skipStatement()
                return
            }
        }
        guard index < tokens.count, index >= position + 2, case .name(let variable) = tokens[index - 1], !variable.contains(".") else {
            skipStatement()
            return
        }
        position = index + 1
        let value = expression()
        variables[variable] = Self.fits(value) ? value : .null
        types[variable] = first
        skipStatement()
    }

    /// `client.startProcessInstanceWithOptions` or the older SDK's `client.execute`: the call
    /// the request is passed to.
    private static func isRequestCall(_ name: String) -> Bool {
        name.hasPrefix("client.") && name.hasSuffix("WithOptions") || name == "client.execute"
    }

    private static func isRequestType(_ type: String) -> Bool {
        let last = type.split(separator: ".").last ?? ""
        return last.hasSuffix("Request")
    }

    /// `req.setName` → (`req`, `setName`).
    private static func methodCall(_ name: String) -> (String, String)? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }

    private mutating func mutate(_ variable: String, method: String, arguments: [JSONValue]) {
        guard var value = variables[variable] else { return }
        switch (value, method, arguments.count) {
        case (.object(var members), _, 1):
            guard let key = Self.key(ofSetter: method) else { return }
            members[key] = arguments[0]
            value = .object(members)
        case (.object(var members), "put", 2):
            guard case .string(let key) = arguments[0] else { return }
            members[key] = arguments[1]
            value = .object(members)
        case (.array(let elements), "add", 1):
            value = .array(elements + arguments)
        default:
            return
        }
        variables[variable] = Self.fits(value) ? value : .null
    }

    /// `setActionType` → `actionType`.
    private static func key(ofSetter method: String) -> String? {
        guard method.hasPrefix("set"), method.count > 3 else { return nil }
        let name = method.dropFirst(3)
        return name.prefix(1).lowercased() + name.dropFirst()
    }

    private mutating func expression() -> JSONValue {
        guard position < tokens.count, depth < NestingLimit.maximumDepth else { return .null }
        depth += 1
        defer { depth -= 1 }
        var value = primary()
        // A setter chain: `.setId("…").setName("…")`.
        while peek(0) == .punctuation("."), case .name(let method)? = peek(1), peek(2) == .punctuation("(") {
            position += 3
            let arguments = expressions(until: ")")
            if case .object(var members) = value, arguments.count == 1, let key = Self.key(ofSetter: method) {
                members[key] = arguments[0]
                value = .object(members)
            }
        }
        return value
    }

    private mutating func primary() -> JSONValue {
        let token = tokens[position]
        position += 1
        switch token {
        case .string(let text):
            return .string(text)
        case .number(let text):
            return Self.number(text)
        case .punctuation("-"):
            if case .number(let text)? = peek(0) {
                position += 1
                return Self.number("-" + text)
            }
            return .null
        case .name("true"): return .bool(true)
        case .name("false"): return .bool(false)
        case .name("new"):
            return construction()
        case .name(let name):
            guard peek(0) == .punctuation("(") else { return variables[name] ?? .null }
            position += 1
            let arguments = expressions(until: ")")
            if name.hasSuffix("asList") { return .array(arguments) }
            if name.hasSuffix("buildMap") { return Self.object(ofPairs: arguments) }
            // `StringUtils.parseDateTime("2023-01-01")`: the text it reads is the value.
            return arguments.count == 1 ? arguments[0] : .null
        default:
            return .null
        }
    }

    /// `new T()` after `new`: an SDK model is an object its setters fill; a `TeaPair` is a map's
    /// entry, kept as a two-element array for `buildMap`.
    private mutating func construction() -> JSONValue {
        guard case .name(let type)? = peek(0) else { return .null }
        position += 1
        skipGenerics()
        guard peek(0) == .punctuation("(") else { return .null }
        position += 1
        let arguments = expressions(until: ")")
        let last = type.split(separator: ".").last ?? ""
        if last == "TeaPair" { return .array(arguments) }
        if last.hasSuffix("List") { return .array([]) }
        return .object([:])
    }

    private mutating func skipGenerics() {
        guard peek(0) == .punctuation("<") else { return }
        var open = 0
        while position < tokens.count {
            if tokens[position] == .punctuation("<") { open += 1 }
            if tokens[position] == .punctuation(">") { open -= 1 }
            position += 1
            if open == 0 { return }
        }
    }

    /// Comma-separated expressions up to the closing token, which is consumed.
    private mutating func expressions(until close: Character) -> [JSONValue] {
        var values: [JSONValue] = []
        while position < tokens.count {
            if tokens[position] == .punctuation(close) {
                position += 1
                return values
            }
            if tokens[position] == .punctuation(",") {
                position += 1
                continue
            }
            let start = position
            values.append(expression())
            if position == start { position += 1 }
            if case .punctuation(let next)? = peek(0), next == ";" || next == "{" || next == "}" { return values }
        }
        return values
    }

    /// The names of the variables passed as arguments, up to the closing parenthesis.
    private mutating func argumentNames() -> [String] {
        var names: [String] = []
        var open = 1
        while position < tokens.count, open > 0 {
            switch tokens[position] {
            case .punctuation("("): open += 1
            case .punctuation(")"): open -= 1
            case .punctuation(";"): open = 0
            case .name(let name) where open == 1: names.append(name)
            default: break
            }
            position += 1
        }
        return names
    }

    private mutating func skipStatement() {
        var open = 0
        while position < tokens.count {
            switch tokens[position] {
            case .punctuation("("): open += 1
            case .punctuation(")"): open -= 1
            case .punctuation(";") where open <= 0:
                position += 1
                return
            case .punctuation("{"), .punctuation("}"):
                if open <= 0 {
                    position += 1
                    return
                }
            default: break
            }
            position += 1
        }
    }

    private func peek(_ offset: Int) -> JavaTokens.Token? {
        position + offset < tokens.count ? tokens[position + offset] : nil
    }

    private static func number(_ text: String) -> JSONValue {
        var digits = Substring(text)
        while let last = digits.last, "LlFfDd".contains(last) { digits = digits.dropLast() }
        if let integer = Int64(digits) { return .integer(integer) }
        return Double(digits).map(JSONValue.number) ?? .null
    }

    private static func object(ofPairs pairs: [JSONValue]) -> JSONValue {
        var members: [String: JSONValue] = [:]
        for pair in pairs {
            guard case .array(let parts) = pair, parts.count == 2, case .string(let key) = parts[0] else { continue }
            members[key] = parts[1]
        }
        return .object(members)
    }

    /// Whether `value` holds at most `valueBudget` values, nested at most `NestingLimit` deep.
    private static func fits(_ value: JSONValue) -> Bool {
        var remaining = valueBudget
        var pending = [(value, 0)]
        while let (next, level) = pending.popLast() {
            remaining -= 1
            if remaining < 0 || level > NestingLimit.maximumDepth { return false }
            switch next {
            case .array(let elements): pending += elements.map { ($0, level + 1) }
            case .object(let members): pending += members.values.map { ($0, level + 1) }
            default: break
            }
        }
        return true
    }
}
