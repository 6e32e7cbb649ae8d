/// A table row whose cells were run together when the page's HTML was flattened to text:
/// `startTimeString开始时间。…` is name `startTime`, type `String`, description `开始时间。…`.
struct RunTogetherRow: Equatable {
    var name: String
    var type: String
    var rest: String

    /// Longer spellings first, so `Array of String` wins over `Array`.
    static let typeSpellings = [
        "Array of String", "Array of Object", "Array of Long", "Array of Integer", "Array of Number",
        "Array of Boolean", "Array of Map", "String", "Integer", "Long", "Boolean", "Array", "Object", "Number",
        "Double", "Float", "Int", "Map", "File", "JSONObject", "List",
    ]

    /// Splits at the shortest name after which a type spelling is followed by a description that
    /// starts with anything but an ASCII letter; failing that, by one that starts with a capital.
    init?(_ line: String) {
        let characters = Array(line)
        guard let first = characters.first, first.isASCII, first.isLetter || first == "_" else { return nil }
        let startsNonLetter: (Character?) -> Bool = { $0 == nil || !($0!.isASCII && $0!.isLetter) }
        let startsNonLowercase: (Character?) -> Bool = { $0 == nil || !($0!.isASCII && $0!.isLowercase) }
        for accepts in [startsNonLetter, startsNonLowercase] {
            if let split = Self.split(characters, descriptionStart: accepts) {
                self = split
                return
            }
        }
        return nil
    }

    private init(name: String, type: String, rest: String) {
        self.name = name
        self.type = type
        self.rest = rest
    }

    private static func split(_ characters: [Character], descriptionStart accepts: (Character?) -> Bool) -> RunTogetherRow? {
        var nameEnd = 1
        while nameEnd < characters.count {
            let previous = characters[nameEnd - 1]
            guard previous.isASCII, previous.isLetter || previous.isNumber || "_.-".contains(previous) else { return nil }
            let remainder = String(characters[nameEnd...])
            for spelling in typeSpellings where remainder.hasPrefix(spelling) {
                let rest = String(remainder.dropFirst(spelling.count))
                if accepts(rest.first) {
                    return RunTogetherRow(name: String(characters[..<nameEnd]), type: spelling, rest: rest)
                }
            }
            nameEnd += 1
        }
        return nil
    }
}
