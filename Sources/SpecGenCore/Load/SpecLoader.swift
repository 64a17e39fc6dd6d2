import Foundation
import Yams

/// One contract file as loaded.
public struct SpecDocument: Sendable {
    /// Absolute, standardized path: the identity used to resolve cross-file `$ref`s.
    public let path: String
    /// The path as shown in diagnostics and headers (relative to the working directory when possible).
    public let displayPath: String
    public let root: SpecNode
}

/// Load stage: reads YAML or JSON files (JSON is YAML) into `SpecNode` trees, with positions.
public final class SpecLoader {
    private var cache: [String: SpecDocument] = [:]
    private let workingDirectory: String
    /// Bounds the nodes one file may expand into, so an alias bomb fails fast instead of eating memory.
    static let maximumNodes = 2_000_000

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    public func load(path: String, referencedFrom: SourceLocation? = nil) throws -> SpecDocument {
        let absolute = FilePaths.resolve(path, against: workingDirectory)
        if let document = cache[absolute] { return document }
        let display = Self.displayPath(absolute, relativeTo: workingDirectory)
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw Diagnostic.error("cannot read contract file '\(display)'", at: referencedFrom)
        }
        // The files this one's `$ref`s name are needed next: they are composed beside it.
        let referenced = ReferencedFilePrefetch.paths(in: data, directory: FilePaths.directory(of: absolute))
            .filter { cache[$0] == nil && $0 != absolute }
        let prefetch = ReferencedFilePrefetch(paths: referenced) { [workingDirectory] path in
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            return try? Self.parseDocument(data: data, path: path, displayPath: Self.displayPath(path, relativeTo: workingDirectory))
        }
        let document = try Self.parseDocument(data: data, path: absolute, displayPath: display)
        cache[absolute] = document
        for prefetched in prefetch.documents() where cache[prefetched.path] == nil {
            cache[prefetched.path] = prefetched
        }
        return document
    }

    /// Whether the file at this absolute, standardized path was read already (or beside another).
    func hasLoaded(_ absolutePath: String) -> Bool { cache[absolutePath] != nil }

    /// Parses contract text; `displayPath` names the file in diagnostics.
    public func parse(data: Data, path: String, displayPath: String) throws -> SpecDocument {
        try Self.parseDocument(data: data, path: path, displayPath: displayPath)
    }

    static func parseDocument(data: Data, path: String, displayPath: String) throws -> SpecDocument {
        let fileStart = SourceLocation(file: displayPath, line: 1, column: 1, pointer: "")
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw Diagnostic.error("file is UTF-16; contracts must be UTF-8", at: fileStart)
        }
        // A UTF-8 byte order mark is not part of the text (as `String(data:encoding:)` reads it):
        // left in, libyaml would skip it and count every column of the first line one too far.
        let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
        guard let text = String(validating: data.starts(with: utf8BOM) ? data.dropFirst(3) : data, as: UTF8.self) else {
            throw Diagnostic.error("file is not UTF-8 text", at: fileStart)
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw Diagnostic.error("file is empty", at: fileStart)
        }
        if let line = Self.lineNestedTooDeep(text) {
            throw Diagnostic.error("nesting deeper than \(Self.maximumDepth) levels", at: SourceLocation(file: displayPath, line: line, column: 1, pointer: ""))
        }
        // A large block-style file is composed in sections, one per core; anything a section cannot
        // reproduce exactly (an alias across sections, an error) is composed whole, as it always was.
        let root = try YAMLSections.compose(text, file: displayPath) ?? Self.composeDocument(text, file: displayPath)
        guard root.isMapping else {
            throw Diagnostic.error("a contract must be a mapping at the top level", at: root.location)
        }
        return SpecDocument(path: path, displayPath: displayPath, root: root)
    }

    /// The text as one YAML document (a whole file, or a section of one starting below its
    /// `lineOffset` lines with a share of the node budget); its errors become diagnostics.
    static func composeDocument(_ text: String, file: String, lineOffset: Int = 0, budget: Int = maximumNodes) throws -> SpecNode {
        let composed: Node?
        do {
            // The basic resolver leaves tags alone (the default runs regular expressions on every
            // scalar); `kind(of:)` classifies plain scalars itself.
            composed = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw Self.diagnostic(for: error, file: file)
        }
        guard let yamlRoot = consume composed else {
            throw Diagnostic.error("file is empty", at: SourceLocation(file: file, line: 1, column: 1, pointer: ""))
        }
        var converter = YAMLNodeConverter(file: file, lineOffset: lineOffset, budget: budget)
        let root = try converter.convert(yamlRoot, pointer: "")
        Retirement.release(consume yamlRoot)
        return root
    }

    /// Real contracts nest a few dozen levels; the YAML composer recurses per level, so a
    /// pathological input would exhaust the stack before it could be reported.
    static let maximumDepth = 256

    /// The first line where flow brackets or indentation go deeper than `maximumDepth`.
    static func lineNestedTooDeep(_ text: String) -> Int? {
        var text = text
        return text.withUTF8(lineNestedTooDeep)
    }

    private static func lineNestedTooDeep(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var depth = 0, line = 1, indentation = 0, atLineStart = true
        var quote: UInt8?
        for byte in bytes {
            // Quotes end at the line's end here: a stray apostrophe cannot hide the rest of the file.
            if byte == 10 { line += 1; indentation = 0; atLineStart = true; quote = nil; continue }
            if atLineStart {
                if byte == 32 { indentation += 1; if indentation > 2 * maximumDepth { return line }; continue }
                atLineStart = false
            }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case 34, 39: quote = byte
            case 91, 123:
                depth += 1
                if depth > maximumDepth { return line }
            case 93, 125: depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let location = SourceLocation(file: file, line: mark.line, column: mark.column, pointer: "")
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error("invalid YAML: \(detail)", at: location)
        case .composer(let context, let problem, let mark, _):
            let location = SourceLocation(file: file, line: mark.line, column: mark.column, pointer: "")
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return .error("invalid YAML: \(detail)", at: location)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let location = SourceLocation(file: file, line: context.mark.line, column: context.mark.column, pointer: "")
            return .error("duplicate key '\(duplicates.joined(separator: "', '"))' in mapping", at: location)
        default:
            return .error("invalid YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1, pointer: ""))
        }
    }

    static func displayPath(_ absolute: String, relativeTo directory: String) -> String {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}
