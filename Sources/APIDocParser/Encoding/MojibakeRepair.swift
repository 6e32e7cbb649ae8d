/// Undoes UTF-8 text that was decoded as Windows-1252/1254 and encoded again, with the bytes
/// those code pages cannot show dropped on the way.
///
/// Every character maps back to its byte; where a multi-byte sequence lost bytes, each way of
/// putting dropped bytes back is a candidate, and the candidates are ranked by how often real
/// pages have that character next to its neighbours.
struct MojibakeRepair {
    /// A character the repair chose among candidates that scored close together.
    struct UncertainCharacter: Equatable {
        /// 1-based line in the repaired text.
        var line: Int
        var chosen: Character
        var alternatives: [Character]
    }

    struct Result {
        var text: String
        var repairedCharacters: Int
        var uncertain: [UncertainCharacter]
    }

    /// Below this log-likelihood margin a choice is reported as uncertain (about 1 in 4.5).
    static let uncertaintyMargin = 1.5

    private let statistics: MojibakeStatistics

    init(statistics: MojibakeStatistics = .shared) {
        self.statistics = statistics
    }

    /// True when `text` reads as UTF-8 seen through a Windows code page: every character maps
    /// back to a byte, and those bytes are mostly well-formed multi-byte UTF-8.
    func isMojibake(_ text: String) -> Bool {
        guard let bytes = Self.originalBytes(of: text) else { return false }
        var wellFormed = 0
        var broken = 0
        for unit in Self.units(of: bytes) {
            switch unit {
            case .scalar(let scalar) where scalar.value > 0x7F: wellFormed += 1
            case .scalar: break
            case .broken: broken += 1
            }
        }
        return wellFormed >= 4 && wellFormed >= broken
    }

    /// The repaired text, or `nil` when `text` is not mojibake of this kind.
    func repair(_ text: String) -> Result? {
        guard isMojibake(text), let bytes = Self.originalBytes(of: text) else { return nil }
        let units = Self.units(of: bytes)
        var chosen: [Character?] = units.map {
            if case .scalar(let scalar) = $0 { Character(scalar) } else { nil }
        }
        let candidates: [Int: [Character]] = units.enumerated().reduce(into: [:]) { result, entry in
            if case .broken(let sequence) = entry.element {
                result[entry.offset] = Self.candidates(restoring: sequence)
            }
        }
        var margins: [Int: (Double, [Character])] = [:]
        // Neighbours can be broken too: settle every choice against the others' latest choice.
        for _ in 0..<3 {
            for index in candidates.keys.sorted() {
                let options = candidates[index] ?? []
                let previous = index > 0 ? chosen[index - 1] : nil
                let next = index + 1 < chosen.count ? chosen[index + 1] : nil
                let ranked = options
                    .map { ($0, statistics.score($0, previous: previous, next: next)) }
                    .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
                chosen[index] = ranked.first?.0 ?? "\u{FFFD}"
                if ranked.count > 1 {
                    let close = ranked.dropFirst().filter { ranked[0].1 - $0.1 < Self.uncertaintyMargin }
                    margins[index] = (ranked[0].1 - ranked[1].1, close.map(\.0))
                }
            }
        }
        var text = ""
        var line = 1
        var uncertain: [UncertainCharacter] = []
        for (index, character) in chosen.enumerated() {
            let character = character ?? "\u{FFFD}"
            if let (_, alternatives) = margins[index], !alternatives.isEmpty {
                uncertain.append(UncertainCharacter(line: line, chosen: character, alternatives: alternatives))
            }
            if character == "\n" { line += 1 }
            text.append(character)
        }
        return Result(text: text, repairedCharacters: candidates.count, uncertain: uncertain)
    }

    private enum Unit {
        case scalar(Unicode.Scalar)
        /// A lead byte and fewer continuation bytes than it announces.
        case broken([UInt8])
    }

    private static func originalBytes(of text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            guard let byte = WindowsCodePage.byte(for: scalar) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    private static func sequenceLength(lead: UInt8) -> Int? {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: nil
        }
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    private static func units(of bytes: [UInt8]) -> [Unit] {
        var units: [Unit] = []
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                units.append(.scalar(Unicode.Scalar(lead)))
                index += 1
                continue
            }
            guard let length = sequenceLength(lead: lead) else {
                units.append(.broken([lead]))
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, end - index < length, isContinuation(bytes[end]) { end += 1 }
            let sequence = Array(bytes[index..<end])
            if sequence.count == length, let scalar = decode(sequence) {
                units.append(.scalar(scalar))
            } else {
                units.append(.broken(sequence))
            }
            index = end
        }
        return units
    }

    private static func decode(_ sequence: [UInt8]) -> Unicode.Scalar? {
        var decoder = UTF8()
        var iterator = sequence.makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil {
            return scalar
        }
        return nil
    }

    private static func candidates(restoring sequence: [UInt8]) -> [Character] {
        guard let lead = sequence.first, let length = sequenceLength(lead: lead), sequence.count < length else {
            return ["\u{FFFD}"]
        }
        var results = Set<Character>()
        func insert(into partial: [UInt8], missing: Int) {
            if missing == 0 {
                if let scalar = decode(partial) { results.insert(Character(scalar)) }
                return
            }
            for position in 1...partial.count {
                for byte in WindowsCodePage.droppedBytes {
                    var longer = partial
                    longer.insert(byte, at: position)
                    insert(into: longer, missing: missing - 1)
                }
            }
        }
        insert(into: sequence, missing: length - sequence.count)
        return results.isEmpty ? ["\u{FFFD}"] : results.sorted()
    }
}
