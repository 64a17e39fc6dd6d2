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
        let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
            .standardizedFileURL.path
        if let document = cache[absolute] { return document }
        let display = Self.displayPath(absolute, relativeTo: workingDirectory)
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw Diagnostic.error("cannot read contract file '\(display)'", at: referencedFrom)
        }
        let document = try parse(data: data, path: absolute, displayPath: display)
        cache[absolute] = document
        return document
    }

    /// Parses contract text; `displayPath` names the file in diagnostics.
    public func parse(data: Data, path: String, displayPath: String) throws -> SpecDocument {
        let fileStart = SourceLocation(file: displayPath, line: 1, column: 1, pointer: "")
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw Diagnostic.error("file is UTF-16; contracts must be UTF-8", at: fileStart)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic.error("file is not UTF-8 text", at: fileStart)
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw Diagnostic.error("file is empty", at: fileStart)
        }
        if let line = Self.lineNestedTooDeep(text) {
            throw Diagnostic.error("nesting deeper than \(Self.maximumDepth) levels", at: SourceLocation(file: displayPath, line: line, column: 1, pointer: ""))
        }
        let yamlRoot: Node?
        do {
            // The basic resolver leaves tags alone (the default runs regular expressions on every
            // scalar); `kind(of:)` classifies plain scalars itself.
            yamlRoot = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw Self.diagnostic(for: error, file: displayPath)
        }
        guard let yamlRoot else { throw Diagnostic.error("file is empty", at: fileStart) }
        var budget = Self.maximumNodes
        let root = try convert(yamlRoot, file: displayPath, pointer: "", budget: &budget)
        guard root.isMapping else {
            throw Diagnostic.error("a contract must be a mapping at the top level", at: root.location)
        }
        return SpecDocument(path: path, displayPath: displayPath, root: root)
    }

    /// Real contracts nest a few dozen levels; the YAML composer recurses per level, so a
    /// pathological input would exhaust the stack before it could be reported.
    static let maximumDepth = 256

    /// The first line where flow brackets or indentation go deeper than `maximumDepth`.
    static func lineNestedTooDeep(_ text: String) -> Int? {
        var depth = 0, line = 1, indentation = 0, atLineStart = true
        var quote: UInt8?
        for byte in text.utf8 {
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

    private func convert(_ node: Node, file: String, pointer: @autoclosure () -> String, budget: inout Int) throws -> SpecNode {
        budget -= 1
        let location = SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0,
                                      pointer: node.isScalar ? "" : pointer())
        guard budget > 0 else {
            throw Diagnostic.error("document expands to more than \(Self.maximumNodes) nodes (YAML alias bomb?)", at: location)
        }
        switch node {
        case .scalar(let scalar):
            // Scalars are found by line and column; only mappings and sequences need their
            // pointer (for `- Remark:` origins), which saves building a string per scalar.
            return SpecNode(value: .scalar(scalar.string, Self.kind(of: scalar)), location: location)
        case .sequence(let sequence):
            let pointer = location.pointer
            var items: [SpecNode] = []
            items.reserveCapacity(sequence.count)
            for (index, item) in sequence.enumerated() {
                items.append(try convert(item, file: file, pointer: pointer + "/\(index)", budget: &budget))
            }
            return SpecNode(value: .sequence(items), location: location)
        case .mapping(let mapping):
            let pointer = location.pointer
            var entries: [(key: String, value: SpecNode)] = []
            entries.reserveCapacity(mapping.count)
            // Duplicate keys (which libyaml accepts, keeping the last) are refused by Yams's composer,
            // reported through `diagnostic(for:)`.
            for (keyNode, valueNode) in mapping {
                let key = keyNode.scalar?.string ?? ""
                entries.append((key, try convert(valueNode, file: file, pointer: pointer + "/" + JSONPointer.escape(key), budget: &budget)))
            }
            return SpecNode(value: .mapping(entries), location: location)
        case .alias:
            throw Diagnostic.error("unresolved YAML alias", at: location)
        }
    }

    /// YAML 1.2 core schema for plain scalars; quoted scalars are always strings.
    static func kind(of scalar: Node.Scalar) -> SpecNode.ScalarKind {
        guard scalar.style == .plain || scalar.style == .any else { return .string }
        let text = scalar.string
        switch text {
        case "true", "True", "TRUE", "false", "False", "FALSE": return .boolean
        case "", "~", "null", "Null", "NULL": return .null
        default: break
        }
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: ".") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else { return .string }
        if Int64(text) != nil { return .integer }
        if Double(text) != nil, !text.contains("_") { return .number }
        return .string
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

private extension Node {
    var isScalar: Bool {
        if case .scalar = self { return true }
        return false
    }
}
