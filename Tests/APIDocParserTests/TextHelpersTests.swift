import APIDocModel
import Testing

/// The byte-level helpers the parser's speed rests on give what the slow, obvious code gives.
@Suite struct TextHelpersTests {
    private let samples = ["", "\n", "a", "a\n", "\na", "a\n\nb", "名称 | 值\n--- | ---\n", "\u{3000}全角\u{00A0}\n\t x \n", "é\u{301}\nx"]

    @Test func linesSplitLikeSplittingAtLineFeeds() {
        for text in samples {
            #expect(text.lines() == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
            #expect(text.lines(omittingEmpty: true) == text.split(separator: "\n"), "\(text.debugDescription)")
        }
    }

    @Test func trimmingMatchesUnicodeWhiteSpace() {
        for text in samples + ["  a  ", "\u{3000}a", "a\u{2003}", "\u{00A0}"] {
            let expected = String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
            #expect(text.trimmingWhitespace() == expected, "\(text.debugDescription)")
        }
        #expect(" \t\u{2003}∟a\u{00A0}\n".trimmingASCIIWhitespace() == "\u{2003}∟a\u{00A0}")
    }

    @Test func concurrentMapKeepsOrder() {
        let numbers = Array(0..<1000)
        #expect(numbers.concurrentMap { $0 * $0 } == numbers.map { $0 * $0 })
        #expect([Int]().concurrentMap { $0 } == [])
    }
}
