import Foundation

/// A node together with the file it lives in and its canonical identity (`/abs/file.yaml#/pointer`).
public struct ResolvedNode: Sendable {
    public let node: SpecNode
    public let document: SpecDocument
    public let pointer: String

    public var key: String { document.path + "#" + pointer }

    /// The last segment of a `#/definitions/Name` pointer, for naming.
    public var definitionName: String? {
        let parts = JSONPointer.segments(pointer)
        guard parts.count == 3, parts[1] == "definitions" || parts[1] == "parameters" || parts[1] == "responses" else { return nil }
        return JSONPointer.unescape(parts[2])
    }
}

/// Resolve stage: follows `$ref`s within and across files, loading referenced files on demand.
public final class ReferenceResolver {
    public let loader: SpecLoader
    /// `$ref` targets by referring file and reference text: the same refs recur hundreds of times.
    private var targets: [String: ResolvedNode] = [:]

    public init(loader: SpecLoader) {
        self.loader = loader
    }

    /// Follows `$ref` until a node that is not a reference. Reference cycles are diagnostics.
    public func resolve(_ node: SpecNode, in document: SpecDocument, pointer: String? = nil) throws -> ResolvedNode {
        var current = ResolvedNode(node: node, document: document, pointer: pointer ?? node.location.pointer)
        var visited = Set<String>()
        while let reference = current.node.string("$ref") {
            guard visited.insert(current.key).inserted else {
                throw Diagnostic.error("$ref cycle: '\(reference)' leads back to itself", at: node.location)
            }
            current = try follow(reference, from: current)
        }
        return current
    }

    /// One step: the node a `$ref` string names.
    public func follow(_ reference: String, from origin: ResolvedNode) throws -> ResolvedNode {
        let cacheKey = origin.document.path + "\u{0}" + reference
        if let known = targets[cacheKey] { return known }
        let target = try locate(reference, from: origin)
        targets[cacheKey] = target
        return target
    }

    private func locate(_ reference: String, from origin: ResolvedNode) throws -> ResolvedNode {
        let location = origin.node["$ref"]?.location ?? origin.node.location
        let hash = reference.utf8.firstIndex(of: UInt8(ascii: "#"))
        let filePart = String(reference[..<(hash ?? reference.endIndex)])
        let pointer = hash.map { String(reference[reference.utf8.index(after: $0)...]) } ?? ""
        guard pointer.isEmpty || pointer.hasPrefix("/") else {
            throw Diagnostic.error("$ref '\(reference)': a JSON pointer starts with '/' (did you mean '#/\(pointer)'?)", at: location)
        }
        var document = origin.document
        if !filePart.isEmpty {
            let target = FilePaths.resolve(filePart, against: FilePaths.directory(of: origin.document.path))
            guard loader.hasLoaded(target) || FileManager.default.fileExists(atPath: target) else {
                throw Diagnostic.error("$ref '\(reference)' names a file that does not exist", at: location)
            }
            document = try loader.load(path: target, referencedFrom: location)
        }
        guard let node = Self.lookup(pointer, in: document.root) else {
            throw Diagnostic.error("$ref '\(reference)' points at nothing in \(document.displayPath)", at: location)
        }
        return ResolvedNode(node: node, document: document, pointer: pointer)
    }

    /// Walks a JSON pointer (`/definitions/Server`); "" is the root.
    static func lookup(_ pointer: String, in root: SpecNode) -> SpecNode? {
        var node = root
        for rawPart in JSONPointer.segments(pointer) where !rawPart.isEmpty {
            let part = JSONPointer.unescape(rawPart)
            switch node.value {
            case .mapping:
                guard let next = node[part] else { return nil }
                node = next
            case .sequence(let items):
                guard let index = Int(part), items.indices.contains(index) else { return nil }
                node = items[index]
            case .scalar:
                return nil
            }
        }
        return node
    }
}

/// RFC 6901 escaping of pointer segments (`~0` for `~`, `~1` for `/`), plus the percent-encoding
/// that `$ref` fragments may carry.
enum JSONPointer {
    static func escape(_ segment: String) -> String {
        guard segment.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return segment }
        // Every path key of a contract has slashes: byte by byte, not Foundation's replacingOccurrences.
        var escaped = ""
        escaped.reserveCapacity(segment.utf8.count + 8)
        for character in segment.unicodeScalars {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// The segments between slashes (`/definitions/A` → "", "definitions", "A"), split by bytes:
    /// `String.split` walks grapheme clusters, and every schema's identity splits its pointer.
    static func segments(_ pointer: String) -> [Substring] {
        pointer.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    static func unescape(_ segment: Substring) -> String {
        guard segment.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "%") }) else { return String(segment) }
        let text = String(segment).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        return text.removingPercentEncoding ?? text
    }
}
