import Foundation
import SpecGenCore
import SpecGenRuntime

/// One operation the mock serves: the contract's operation, the schemas of its contract, and its
/// path template split for matching.
struct MockOperation: Sendable {
    /// A piece of one path segment: literal text or a `{parameter}`.
    enum Piece: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    let operation: ContractOperation
    let schemas: ContractSchemas
    let patterns: PatternCache
    /// The path segments of the template (base path first), each split into pieces.
    let segments: [[Piece]]
    /// The query an `x-ms-paths` key carries to tell operations apart (`?op=restart`).
    let query: [(name: String, value: String)]

    init(_ operation: ContractOperation, basePath: String?, schemas: ContractSchemas, patterns: PatternCache) {
        self.operation = operation
        self.schemas = schemas
        self.patterns = patterns
        let base = (basePath ?? "").split(separator: "/").map(String.init)
        segments = (base + operation.path.text.split(separator: "/").map(String.init)).map(Self.pieces)
        let parts = operation.pathKey.split(separator: "?", maxSplits: 1)
        query = parts.count == 2 ? parts[1].split(separator: "&").map { pair in
            let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(halves[0]), halves.count > 1 ? String(halves[1]) : "")
        } : []
    }

    var operationId: String { operation.operationId }
    var method: String { operation.method.uppercased() }
    var validator: ContractValidator { ContractValidator(schemas: schemas, patterns: patterns) }

    func sampler(_ direction: ContractValidator.Direction) -> SchemaSampler {
        SchemaSampler(schemas: schemas, patterns: patterns, direction: direction)
    }

    var bodyParameter: ContractParameter? { operation.parameters.first { $0.place == .body } }

    // MARK: Matching

    /// The path parameters' values when the request's path fits the template, with a score
    /// (literal segments count most), nil when it does not fit.
    func match(_ path: [String], query requestQuery: [String: String]) -> (values: [String: String], score: Int)? {
        guard path.count == segments.count else { return nil }
        var values: [String: String] = [:]
        var score = 0
        for (pieces, segment) in zip(segments, path) {
            guard let found = Self.match(pieces[...], segment[...]) else { return nil }
            values.merge(found) { first, _ in first }
            score += pieces.allSatisfy { if case .literal = $0 { true } else { false } } ? 2 : (pieces.count > 1 ? 1 : 0)
        }
        for (name, value) in query {
            guard requestQuery[name]?.lowercased() == value.lowercased() else { return nil }
            score += 1
        }
        return (values, score)
    }

    private static func match(_ pieces: ArraySlice<Piece>, _ text: Substring) -> [String: String]? {
        guard let first = pieces.first else { return text.isEmpty ? [:] : nil }
        switch first {
        case .literal(let literal):
            guard text.lowercased().hasPrefix(literal.lowercased()) else { return nil }
            return match(pieces.dropFirst(), text.dropFirst(literal.count))
        case .parameter(let name):
            let rest = pieces.dropFirst()
            if rest.isEmpty { return text.isEmpty ? nil : [name: String(text)] }
            // The shortest non-empty value after which the rest fits.
            var split = text.startIndex
            while split < text.endIndex {
                split = text.index(after: split)
                if var found = match(rest, text[split...]) {
                    found[name] = String(text[..<split])
                    return found
                }
            }
            return nil
        }
    }

    private static func pieces(_ segment: String) -> [Piece] {
        PathTemplate(segment).segments.map { piece in
            switch piece {
            case .literal(let text): return .literal(text)
            case .parameter(let name): return .parameter(name)
            }
        }
    }

    // MARK: Responses

    /// The documented response for a status: its own, else `default`.
    func response(for status: Int) -> ContractResponse? {
        operation.responses.first { $0.statusCode == status } ?? operation.defaultResponse
    }

    /// The success status answered when nothing else decides: 200 when documented, else the
    /// lowest documented 2xx, else 200 (an operation that documents only `default`).
    var successStatus: Int {
        let codes = operation.responses.compactMap(\.statusCode).filter { (200..<300).contains($0) }.sorted()
        return codes.contains(200) ? 200 : codes.first ?? 200
    }

    /// The schema a status's body has (a finished long-running operation may name its own).
    func bodySchema(for status: Int) -> Schema? {
        if operation.isLongRunning, (200..<300).contains(status), let id = operation.longRunningOptions?.finalStateSchema,
           let schema = schemas.contract.schemas[id] {
            return schema
        }
        return response(for: status)?.schema
    }

    // MARK: Examples

    /// The names a client may give in `Prefer: example=`: the `x-ms-examples` key, and the example
    /// file's name without `.json`.
    static func names(of example: ContractExample) -> [String] {
        guard case .file(_, let path, _) = example.source else { return [example.title] }
        let file = (path as NSString).lastPathComponent
        return [example.title, file, (file as NSString).deletingPathExtension]
    }

    /// The example a name chooses: an exact name first, then one that differs only in case;
    /// a percent-encoded name is read decoded too.
    func example(named name: String) -> ContractExample? {
        let candidates = [name, name.removingPercentEncoding].compactMap { $0 }
        for candidate in candidates {
            if let found = operation.examples.first(where: { Self.names(of: $0).contains(candidate) }) { return found }
        }
        for candidate in candidates.map({ $0.lowercased() }) {
            if let found = operation.examples.first(where: { Self.names(of: $0).contains { $0.lowercased() == candidate } }) { return found }
        }
        return nil
    }
}
