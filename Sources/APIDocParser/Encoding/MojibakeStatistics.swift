import Foundation

/// How often characters, and pairs of neighbouring characters, occur in real reference pages.
///
/// The mojibake repair ranks the characters a broken byte sequence could have been by these
/// counts. Only characters that a dropped byte can hide, and the pairs they stand in, are kept;
/// `Scripts/build-mojibake-statistics.py` rebuilds the table from a corpus folder.
struct MojibakeStatistics: Sendable {
    private let singles: [Character: Double]
    private let pairs: [String: Double]

    static let shared = MojibakeStatistics(table: table)

    init(table: String) {
        var singles: [Character: Double] = [:]
        var pairs: [String: Double] = [:]
        for line in table.split(separator: "\n") {
            guard let tab = line.lastIndex(of: "\t"), let count = Double(line[line.index(after: tab)...]) else {
                continue
            }
            let key = String(line[..<tab])
            if key.count == 1, let character = key.first {
                singles[character] = count
            } else {
                pairs[key] = count
            }
        }
        self.singles = singles
        self.pairs = pairs
    }

    /// The log-likelihood that `candidate` stands between `previous` and `next`.
    func score(_ candidate: Character, previous: Character?, next: Character?) -> Double {
        let single = singles[candidate] ?? 0
        var score = log(single + 0.01)
        if let previous {
            score += log(((pairs[String([previous, candidate])] ?? 0) + 0.1) / (single + 1))
        }
        if let next {
            score += log(((pairs[String([candidate, next])] ?? 0) + 0.1) / (single + 1))
        }
        return score
    }
}
