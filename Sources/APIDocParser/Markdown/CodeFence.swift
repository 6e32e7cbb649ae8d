/// A line that is a code fence, as CommonMark has it: spaces, then three or more backticks or
/// tildes, then maybe an info string.
struct CodeFence {
    let indentation: Int
    let character: Character
    let length: Int
    /// Whether anything follows the fence characters (an info string).
    let hasInfo: Bool

    init?(_ line: Substring) {
        let trimmed = line.drop { $0 == " " }
        guard let character = trimmed.first, character == "`" || character == "~" else { return nil }
        let run = trimmed.prefix { $0 == character }
        guard run.count >= 3 else { return nil }
        indentation = line.count - trimmed.count
        self.character = character
        length = run.count
        hasInfo = !trimmed.dropFirst(run.count).allSatisfy(\.isWhitespace)
    }

    func closes(_ opening: CodeFence) -> Bool {
        character == opening.character && length >= opening.length && !hasInfo
    }
}
