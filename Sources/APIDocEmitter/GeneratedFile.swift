/// A Swift source file the emitter wrote.
public struct GeneratedFile: Sendable, Hashable {
    /// The file name, without a folder.
    public var name: String
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
