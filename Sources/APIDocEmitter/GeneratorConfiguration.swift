import APIDocModel
import Foundation

/// A target's `apidocgen-config.json`: how loud each kind of diagnostic is, which pages to keep
/// quiet, and generation options.
///
/// ```json
/// {
///   "severities": { "table-order": "ignore", "duplicate": "error" },
///   "silencedPages": ["云文档/文档/块/*.md"],
///   "accessModifier": "internal"
/// }
/// ```
public struct GeneratorConfiguration: Decodable, Sendable {
    /// The file name the build plugin looks for in a target.
    public static let fileName = "apidocgen-config.json"

    /// A kind's severity, or `ignore` to leave it out.
    public enum Level: String, Decodable, Sendable {
        case error, warning, note, ignore
    }

    public enum AccessModifier: String, Decodable, Sendable {
        case `public`, `internal`, `package`
    }

    /// By kind (`DiagnosticKind`'s names). Errors stay errors: a page that yields no endpoint,
    /// or an endpoint left out, is never quiet.
    public var severities: [DiagnosticKind: Level] = [:]
    /// Pages whose warnings and notes are not reported, as paths below the configuration's folder;
    /// `*` matches within a path segment.
    public var silencedPages: [String] = []
    /// The access level of the generated declarations; `public` by default.
    public var accessModifier: AccessModifier = .public

    /// The folder paths in `silencedPages` are relative to.
    public private(set) var folder = ""

    enum CodingKeys: String, CodingKey {
        case severities, silencedPages, accessModifier
    }

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let levels = try container.decodeIfPresent([String: Level].self, forKey: .severities) ?? [:]
        for (name, level) in levels {
            guard let kind = DiagnosticKind(rawValue: name) else {
                let known = DiagnosticKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(
                    forKey: .severities, in: container, debugDescription: "unknown diagnostic kind '\(name)'; known: \(known)")
            }
            severities[kind] = level
        }
        silencedPages = try container.decodeIfPresent([String].self, forKey: .silencedPages) ?? []
        accessModifier = try container.decodeIfPresent(AccessModifier.self, forKey: .accessModifier) ?? .public
    }

    /// The configuration in `path`.
    ///
    /// - Throws: `GeneratorConfigurationError` naming the file and what is wrong in it.
    public static func load(_ path: String) throws -> GeneratorConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GeneratorConfigurationError(description: "cannot read the configuration \(path)")
        }
        do {
            var configuration = try JSONDecoder().decode(GeneratorConfiguration.self, from: data)
            configuration.folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            return configuration
        } catch {
            throw GeneratorConfigurationError(description: "\(path): \(Self.reason(error))")
        }
    }

    /// The diagnostics as configured: severities set by kind, silenced pages' warnings and notes
    /// and ignored kinds left out.
    public func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { diagnostic in
            var diagnostic = diagnostic
            guard diagnostic.severity != .error else { return diagnostic }
            switch severities[diagnostic.kind] {
            case .ignore: return nil
            case .error: diagnostic.severity = .error
            case .warning: diagnostic.severity = .warning
            case .note: diagnostic.severity = .note
            case nil: break
            }
            if diagnostic.severity != .error, isSilenced(diagnostic.file) { return nil }
            return diagnostic
        }
    }

    private func isSilenced(_ file: String) -> Bool {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        let absolute = file.hasPrefix("/") ? file : FileManager.default.currentDirectoryPath + "/" + file
        let relative = absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : file
        return silencedPages.contains { fnmatch($0, relative, FNM_PATHNAME) == 0 }
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context),
            DecodingError.valueNotFound(_, let context), DecodingError.keyNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : "\(path): ") + context.debugDescription
        default:
            return "\(error)"
        }
    }
}

/// A configuration file that cannot be read or is not a configuration.
public struct GeneratorConfigurationError: Error, CustomStringConvertible {
    public var description: String
}
