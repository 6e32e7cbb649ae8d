import APIDocModel
import Foundation

/// Reads vendor reference pages into the endpoint model.
///
/// ```swift
/// let document = try DocumentParser().parse(paths: ["specs"])
/// for endpoint in document.endpoints { print(endpoint.method, endpoint.path) }
/// ```
public struct DocumentParser: Sendable {
    /// The file name extensions read when a folder is given.
    public static let pageExtensions: Set<String> = ["md", "markdown", "txt", "html", "htm"]

    /// The largest page read, in bytes. The largest real reference page is 640 KB (the docx block
    /// schema); reading takes time and memory in proportion to a page (about 35 bytes of memory a
    /// byte of table), so a page past this is refused rather than allowed to take a build's memory.
    public static let maximumPageSize = 4 << 20

    public init() {}

    /// Reads one page. `file` names it in the model and in diagnostics.
    public func parse(bytes: [UInt8], file: String) -> APIDocument {
        guard bytes.count <= Self.maximumPageSize else {
            return APIDocument(diagnostics: [
                Diagnostic(
                    .error, .noEndpoint, file: file, line: 1,
                    "the page is larger than \(Self.maximumPageSize >> 20) MB, the most this tool reads (the largest real reference page is 0.6 MB); it is not read"
                )
            ])
        }
        let page = PageText(bytes: bytes, file: file)
        var diagnostics = page.diagnostics
        guard page.text.contains(where: { !$0.isWhitespace }) else {
            diagnostics.append(Diagnostic(.note, .skippedFile, file: file, line: 1, "the file is empty; skipped"))
            return APIDocument(diagnostics: diagnostics)
        }
        let endpoint: Endpoint?
        let readerDiagnostics: [Diagnostic]
        switch DialectDetector.dialect(of: page) {
        case .dingtalkText?:
            var reader = DingTalkTextReader(page: page)
            (endpoint, readerDiagnostics) = reader.read()
        case let dialect?:
            var reader = MarkdownPageReader(page: page, dialect: dialect)
            (endpoint, readerDiagnostics) = reader.read()
        case nil:
            // A README or notes beside the pages: skipped, said quietly.
            diagnostics.append(
                Diagnostic(
                    .note, .skippedFile, file: file, line: 1,
                    "not a reference page, skipped: no Feishu '| 基本 | |' or '名称 | 值' table with an HTTP URL row, and no DingTalk 'HTTP URL' under 基本信息"
                ))
            return APIDocument(diagnostics: diagnostics)
        }
        guard var endpoint else {
            return APIDocument(diagnostics: diagnostics + readerDiagnostics)
        }
        endpoint.diagnostics = (diagnostics + readerDiagnostics).sorted { $0.line < $1.line }
        return APIDocument(endpoints: [endpoint])
    }

    /// Reads every page in `paths`; folders are read recursively, pages in path order, parsed on
    /// all cores.
    ///
    /// - Throws: when a path does not exist or cannot be read.
    public func parse(paths: [String]) throws -> APIDocument {
        let pages = try Self.pageFiles(in: paths).map { file in
            guard let handle = FileHandle(forReadingAtPath: file) else {
                throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: file])
            }
            defer { try? handle.close() }
            // One byte past the limit is enough to refuse a page, however large it is.
            let data = try handle.read(upToCount: Self.maximumPageSize + 1) ?? Data()
            return (file: file, bytes: Array(data))
        }
        return parse(pages: pages)
    }

    /// Reads pages already in memory, on all cores; the document lists them in the given order.
    public func parse(pages: [(file: String, bytes: [UInt8])]) -> APIDocument {
        var document = APIDocument()
        for page in pages.concurrentMap({ parse(bytes: $0.bytes, file: $0.file) }) {
            document.endpoints += page.endpoints
            document.diagnostics += page.diagnostics
        }
        return document
    }

    /// The page files `paths` name: files as given, folders walked for `pageExtensions`, sorted.
    ///
    /// A folder may be a symbolic link to one. A path that does not exist, or a folder without
    /// a single page, throws ``PagePathError``: a wrong path should not pass as an empty client.
    public static func pageFiles(in paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw PagePathError(path: path, problem: .missing)
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            // The enumerator does not walk into a symbolic link, so a linked folder is walked at
            // its destination; the pages keep the path the user gave.
            let walked = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let pages = (FileManager.default.enumerator(atPath: walked)?.compactMap { $0 as? String } ?? [])
                .filter { pageExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
            guard !pages.isEmpty else { throw PagePathError(path: path, problem: .noPages) }
            files += pages.sorted().map { base + "/" + $0 }
        }
        return files
    }
}

/// A path given as pages that does not exist, or a folder that holds no page.
public struct PagePathError: LocalizedError, CustomStringConvertible {
    public enum Problem: Sendable {
        /// Nothing is at the path.
        case missing
        /// The folder holds no file with one of ``DocumentParser/pageExtensions``.
        case noPages
    }

    /// The path as it was given.
    public var path: String
    public var problem: Problem

    public var description: String {
        switch problem {
        case .missing:
            "\(path): no such file or folder"
        case .noPages:
            "\(path): no reference pages in this folder (" + DocumentParser.pageExtensions.sorted().map { "." + $0 }.joined(separator: ", ") + ")"
        }
    }

    public var errorDescription: String? { description }
}
