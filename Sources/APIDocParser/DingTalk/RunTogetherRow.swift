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

    /// Splits at the shortest name after which a type spelling ends at a non-lowercase letter.
    init?(_ line: String) {
        let characters = Array(line)
        guard let first = characters.first, first.isASCII, first.isLetter || first == "_" else { return nil }
        var nameEnd = 1
        while nameEnd < characters.count {
            let previous = characters[nameEnd - 1]
            guard previous.isASCII, previous.isLetter || previous.isNumber || "_.-".contains(previous) else { return nil }
            let remainder = String(characters[nameEnd...])
            for spelling in Self.typeSpellings where remainder.hasPrefix(spelling) {
                let after = remainder.dropFirst(spelling.count).first
                if after == nil || !(after!.isASCII && after!.isLowercase) {
                    name = String(characters[..<nameEnd])
                    type = spelling
                    rest = String(remainder.dropFirst(spelling.count))
                    return
                }
            }
            nameEnd += 1
        }
        return nil
    }
}
