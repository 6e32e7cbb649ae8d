import APIDocModel

/// A page's text, decoded and repaired, split into lines, with what decoding had to say about it.
struct PageText {
    var file: String
    var text: String
    /// The page's lines, without line terminators; line N is `lines[N - 1]`.
    var lines: [Substring]
    var diagnostics: [Diagnostic]

    init(bytes: [UInt8], file: String) {
        self.file = file
        var diagnostics: [Diagnostic] = []
        let body = Self.utf8(bytes)
        var text = String(decoding: body, as: UTF8.self)
        if let offset = Self.firstInvalidUTF8Offset(in: body) {
            let line = body[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            diagnostics.append(
                Diagnostic(
                    .warning, .encoding, file: file, line: line,
                    "the page is not valid UTF-8 (first bad byte at offset \(offset - body.startIndex)); unreadable bytes were replaced with U+FFFD"
                ))
        }
        text = text.replacingCRLF()
        if let repair = MojibakeRepair().repair(text) {
            text = repair.text
            diagnostics.append(
                Diagnostic(
                    .warning, .encoding, file: file, line: 1,
                    "the page is UTF-8 that was decoded as Windows-1252/1254 and encoded again; repaired \(repair.repairedCharacters) characters whose bytes were dropped"
                ))
            for uncertain in repair.uncertain {
                let alternatives = uncertain.alternatives.map { "'\($0)'" }.joined(separator: ", ")
                diagnostics.append(
                    Diagnostic(
                        .warning, .encoding, file: file, line: uncertain.line,
                        "uncertain repair: chose '\(uncertain.chosen)' over \(alternatives)"))
            }
        }
        self.text = text
        self.lines = text.lines()
        self.diagnostics = diagnostics
    }

    /// Line `number` (1-based), or an empty line past the end.
    func line(_ number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The page as UTF-8 bytes: a page whose byte order mark says UTF-16 or UTF-32 transcoded
    /// (code units that are no character become U+FFFD), a UTF-8 mark dropped.
    private static func utf8(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        func units<Unit: FixedWidthInteger>(_: Unit.Type, bigEndian: Bool, afterMark mark: Int) -> [Unit] {
            let width = Unit.bitWidth / 8
            return stride(from: mark, to: bytes.count - width + 1, by: width).map { start in
                let unit = bytes[start..<(start + width)].reduce(Unit.zero) { $0 << 8 | Unit($1) }
                return bigEndian ? unit : unit.byteSwapped
            }
        }
        let text: String
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            let scalars = units(UInt32.self, bigEndian: bytes[0] == 0x00, afterMark: 4).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
            text = String(String.UnicodeScalarView(scalars))
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = String(decoding: units(UInt16.self, bigEndian: bytes[0] == 0xFE, afterMark: 2), as: UTF16.self)
        } else {
            return bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        }
        return Array(text.utf8)[...]
    }

    private static func firstInvalidUTF8Offset(in bytes: ArraySlice<UInt8>) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}

extension String {
    /// The text with `\r\n` and lone `\r` line ends turned into `\n`.
    func replacingCRLF() -> String {
        guard utf8.contains(0x0D) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var previousWasCarriageReturn = false
        for byte in utf8 {
            if byte == 0x0A, previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = byte == 0x0D
            bytes.append(previousWasCarriageReturn ? 0x0A : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
