import Foundation
import Mustache

/// The Mustache templates generated code is laid out with: the ones bundled with the emitter, or
/// a folder of the same names to lay code out differently.
public struct TemplateLibrary: Sendable {
    /// The template names the emitter renders; a custom folder must have all of them.
    public static let templateNames = ["file", "endpoint", "object", "valueList", "errorCodes", "namespaces", "sharedTypes"]

    let library: MustacheLibrary

    /// The templates in `folder` (`*.mustache`).
    ///
    /// - Throws: `TemplateError` when a template is missing or does not parse.
    public init(folder: URL) throws {
        var library = MustacheLibrary()
        for name in Self.templateNames {
            let file = folder.appendingPathComponent(name + ".mustache")
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw TemplateError(file: file.path, message: "template missing")
            }
            do {
                try library.register(String(decoding: data, as: UTF8.self), named: name)
            } catch {
                throw TemplateError(file: file.path, message: "\(error)")
            }
        }
        self.library = library
    }

    /// The templates that ship with APIDocGen (its `Templates/` folder).
    public static func bundled() throws -> TemplateLibrary {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw TemplateError(file: "Templates", message: "the emitter's bundled templates are missing")
        }
        return try TemplateLibrary(folder: folder)
    }

    /// - Parameter access: The access modifier the templates write as `{{access}}`, visible in
    ///   every section (Mustache looks a key up through the enclosing contexts).
    func render(_ model: some TemplateContext, template: String, access: String) -> String {
        library.render(model.templateContext.merging(["access": access]) { $1 }, withTemplate: template) ?? ""
    }
}

/// A template that could not be loaded.
public struct TemplateError: Error, CustomStringConvertible {
    public var file: String
    public var message: String

    public var description: String { "\(file): error: \(message)" }
}
