import Testing

@testable import APIDocParser

@Suite struct MojibakeRepairTests {
    /// Makes mojibake the way the seed page was made: UTF-8 bytes shown through Windows-1254,
    /// with the bytes it cannot show dropped, and the result saved as UTF-8.
    static func mojibake(of text: String) -> String {
        let characters: [UInt8: Character] = Dictionary(
            uniqueKeysWithValues: (0...255).compactMap { value -> (UInt8, Character)? in
                let byte = UInt8(value)
                guard !WindowsCodePage.droppedBytes.contains(byte) else { return nil }
                for scalar in (0...0x2122).compactMap(Unicode.Scalar.init) where WindowsCodePage.byte(for: scalar) == byte {
                    // Windows-1254 shows 0xF0 as ğ, not ð.
                    if byte == 0xF0 { return (byte, "ğ") }
                    return (byte, Character(scalar))
                }
                return nil
            })
        return String(text.utf8.compactMap { characters[$0] })
    }

    @Test func repairsDroppedBytesInCommonText() throws {
        let original = "离职ID不存在，请检查填写离职ID是否有真实的离职数据。入参不合法，请检查后重新提交。"
        let broken = Self.mojibake(of: original)
        #expect(broken != original)
        let repair = try #require(MojibakeRepair().repair(broken))
        #expect(repair.text == original)
        #expect(repair.repairedCharacters > 0)
    }

    @Test func leavesCleanTextAlone() {
        #expect(MojibakeRepair().repair("撤销离职 | string | 是 |") == nil)
        #expect(MojibakeRepair().repair("plain ASCII text with no accents") == nil)
    }

    @Test func leavesRealLatinTextAlone() {
        // Real accented words are not UTF-8 seen through a code page.
        #expect(MojibakeRepair().repair("Café crème, naïve façade, São Paulo") == nil)
    }

    @Test func reportsCloseCallsWithTheirLine() throws {
        let repair = try #require(MojibakeRepair().repair(Self.mojibake(of: "第一行\n| 参数名 | 类型 |")))
        #expect(repair.text == "第一行\n| 参数名 | 类型 |")
        #expect(repair.uncertain.map(\.line) == [2])
        #expect(repair.uncertain.first?.chosen == "名")
    }
}
