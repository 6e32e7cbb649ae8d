import CLibXML2

/// HTML character references (`&nbsp;`, `&emsp;`, `&lt;`, `&#x4e00;`) in Markdown text, resolved
/// with libxml2's HTML entity table.
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        guard text.contains(ascii: "&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest[rest.index(after: ampersand)...]
            guard let semicolon = afterAmpersand.prefix(10).firstIndex(of: ";"),
                let scalar = scalar(named: afterAmpersand[..<semicolon])
            else {
                result += "&"
                rest = afterAmpersand
                continue
            }
            result.unicodeScalars.append(scalar)
            rest = afterAmpersand[afterAmpersand.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func scalar(named name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
        }
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        return String(name).withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { xmlName in
                htmlEntityLookup(xmlName).flatMap { Unicode.Scalar($0.pointee.value) }
            }
        }
    }
}
