import CLibXML2

/// Reads a block of Feishu's upstream markup (`:::html` with `<md-table>`, `<md-dt-table>`,
/// `<md-dt-tr level="N">`, `<md-code-json>`) with libxml2's HTML parser: tables into the same
/// `Table` that pipe tables give, cell text written the way Markdown cells write it, and code.
struct MarkupBlockReader {
    struct Content {
        var tables: [Table] = []
        /// The text of `<md-code-json>` elements, with the page line each starts on.
        var code: [(text: String, line: Int)] = []
    }

    /// What `html` holds; its first line is page line `firstLine`.
    static func content(of html: String, firstLine: Int) -> Content {
        let html = escapingBracketsThatOpenNoElement(html)
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_RECOVER.rawValue)
        let document: htmlDocPtr? = html.withCString { pointer in
            htmlReadMemory(pointer, Int32(html.utf8.count), nil, "UTF-8", options)
        }
        guard let document else { return Content() }
        defer { xmlFreeDoc(document) }
        var content = Content()
        visit(xmlDocGetRootElement(document)) { node in
            switch name(of: node) {
            case "md-table", "md-dt-table", "table":
                if let table = table(node, firstLine: firstLine) { content.tables.append(table) }
                return false
            case "md-code-json", "md-code":
                content.code.append((Self.content(of: node), firstLine + Int(xmlGetLineNo(node)) - 1))
                return false
            default:
                return true
            }
        }
        return content
    }

    /// `html` with every `<` that opens no element of HTML or of the markup written as text.
    /// Pages write generics (`array<array<interface>>`), placeholders (`<sheetId>!A1:B2`) and
    /// card mentions (`<at id="…">`) bare; an HTML parser reads them as elements of their own and
    /// drops them with their names.
    private static func escapingBracketsThatOpenNoElement(_ html: String) -> String {
        let bytes = Array(html.utf8)
        guard bytes.contains(UInt8(ascii: "<")) else { return html }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count)
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "<"), opensNoElement(bytes, at: index) {
                escaped += "&lt;".utf8
            } else {
                escaped.append(bytes[index])
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Whether the `<` at `index` starts a tag (or end tag) whose name neither HTML nor the
    /// markup (`md-…`) has. One followed by no name (`< 100`, `<!--`) is text or a comment to
    /// the parser already.
    private static func opensNoElement(_ bytes: [UInt8], at index: Int) -> Bool {
        var start = index + 1
        if start < bytes.count, bytes[start] == UInt8(ascii: "/") { start += 1 }
        guard start < bytes.count, isASCIILetter(bytes[start]) else { return false }
        var end = start
        while end < bytes.count, isASCIILetter(bytes[end]) || isASCIIDigit(bytes[end]) || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "_") {
            end += 1
        }
        let name = Array(String(decoding: bytes[start..<end], as: UTF8.self).lowercased().utf8)
        if name.starts(with: "md-".utf8) { return false }
        return (name + [0]).withUnsafeBufferPointer { htmlTagLookup($0.baseAddress) } == nil
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func table(_ node: xmlNodePtr, firstLine: Int) -> Table? {
        var header: [String] = []
        var rows: [Table.Row] = []
        var headerLine = firstLine
        visit(node.pointee.children) { child in
            guard ["md-tr", "md-dt-tr", "tr"].contains(name(of: child)) else { return true }
            let cells = elements(of: child).filter { ["md-th", "md-td", "md-dt-th", "md-dt-td", "th", "td"].contains(name(of: $0)) }
            // Only the markup's own line breaks and tabs go: `&emsp;∟` indents say the depth.
            let texts = cells.map { cellText($0).trimmingASCIIWhitespace() }
            let line = firstLine + Int(xmlGetLineNo(child)) - 1
            if isInHeader(child) {
                header = texts
                headerLine = line
            } else {
                let level = attribute("level", of: child).flatMap(Int.init)
                rows.append(Table.Row(cells: texts, line: line, depth: level))
            }
            return false
        }
        guard !header.isEmpty || !rows.isEmpty else { return nil }
        return Table(header: header, rows: rows, line: headerLine, endLine: rows.last?.line ?? headerLine)
    }

    /// A cell's content as Markdown cell text: value lists as `- key：text` lines, permissions as
    /// `text(scope)`, token tags as code, tooltips left out.
    private static func cellText(_ node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                text += content(of: current)
            case XML_ELEMENT_NODE:
                switch name(of: current) {
                case "md-enum":
                    for item in elements(of: current) where name(of: item) == "md-enum-item" {
                        text += "\n- \(attribute("key", of: item) ?? "")：\(cellText(item).trimmingWhitespace())"
                    }
                    text += "\n"
                case "md-perm":
                    text += "\(cellText(current).trimmingWhitespace())(\(attribute("name", of: current) ?? ""))"
                case "md-tag":
                    text += "`\(cellText(current).trimmingWhitespace())`"
                case "md-app-support":
                    text += attribute("types", of: current) ?? ""
                case "md-tooltip":
                    break
                case "br":
                    text += "\n"
                default:
                    text += cellText(current)
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return text
    }

    private static func isInHeader(_ node: xmlNodePtr) -> Bool {
        var parent = node.pointee.parent
        while let current = parent, current.pointee.type == XML_ELEMENT_NODE {
            if ["md-thead", "md-dt-thead", "thead"].contains(name(of: current)) { return true }
            parent = current.pointee.parent
        }
        return false
    }

    /// Depth-first over elements from `start` and its siblings; `visitor` returns whether to descend.
    private static func visit(_ start: xmlNodePtr?, _ visitor: (xmlNodePtr) -> Bool) {
        var node = start
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE, visitor(current) {
                visit(current.pointee.children, visitor)
            }
            node = current.pointee.next
        }
    }

    private static func elements(of node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    private static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func attribute(_ attribute: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, attribute) else { return nil }
        defer { apidocgen_xmlFree(value) }
        return String(cString: value)
    }

    private static func content(of node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { apidocgen_xmlFree(value) }
        return String(cString: value)
    }
}
