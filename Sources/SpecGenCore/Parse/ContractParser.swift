import Foundation
import SpecGenValues

/// Parse stage: loaded, resolvable contract files → one `Contract`. With loading and resolving,
/// the only code that reads `SpecNode`s; every Swagger rule about what a keyword means when
/// absent, or how two declarations combine, is applied here once.
final class ContractParser {
    let resolver: ReferenceResolver
    /// Files given as the contract (their definitions are the contract's own).
    private var entryPaths = Set<String>()
    private(set) var schemas: [SchemaID: Schema] = [:]
    /// Targets being parsed right now: a reference back to one of them ends the recursion.
    private var parsing = Set<SchemaID>()

    static let methods = ["get", "put", "post", "patch", "delete", "head", "options"]

    init(resolver: ReferenceResolver) {
        self.resolver = resolver
    }

    /// Parses the files of one contract; the first file's `info`, `host` and security apply.
    static func parse(_ documents: [SpecDocument], resolver: ReferenceResolver) throws -> Contract {
        try ContractParser(resolver: resolver).parse(documents)
    }

    func parse(_ documents: [SpecDocument]) throws -> Contract {
        guard let first = documents.first else {
            throw Diagnostic.error("no contract files given", at: nil)
        }
        for document in documents { try Self.checkVersion(document) }
        entryPaths = Set(documents.map(\.path))
        let root = first.root
        let info = root["info"]
        let definitions = try parseDefinitions(documents)
        var operations: [ContractOperation] = []
        var seenOperationIds: [String: SourceLocation] = [:]
        for document in documents {
            for table in ["paths", "x-ms-paths"] {
                for (pathKey, item) in document.root[table]?.entries ?? [] {
                    for (method, node) in item.entries where Self.methods.contains(method) {
                        let operation = try parseOperation(node, method: method, pathKey: pathKey, pathItem: item,
                                                           isExtensionPath: table == "x-ms-paths", document: document)
                        if let previous = seenOperationIds[operation.operationId] {
                            throw Diagnostic.error("duplicate operationId '\(operation.operationId)' (first at \(previous))",
                                                   at: node["operationId"]?.location ?? node.location)
                        }
                        seenOperationIds[operation.operationId] = node.location
                        operations.append(operation)
                    }
                }
            }
        }
        var globalParameterNames: [String] = []
        for document in documents {
            for (name, _) in document.root["parameters"]?.entries ?? [] where !globalParameterNames.contains(name) {
                globalParameterNames.append(name)
            }
        }
        return Contract(
            files: documents.map(\.displayPath), title: info?.string("title"), version: info?.string("version"),
            versionLocation: info?.location ?? root.location,
            host: root.string("host"), hostLocation: root["host"]?.location,
            basePath: root.string("basePath"), schemes: Self.strings(root["schemes"]),
            consumes: Self.strings(root["consumes"]), produces: Self.strings(root["produces"]),
            parameterizedHost: try parseParameterizedHost(root["x-ms-parameterized-host"], in: first),
            securitySchemes: try parseSecuritySchemes(root["securityDefinitions"]),
            security: Self.securityRequirements(root["security"]) ?? [],
            operations: operations, definitions: definitions, globalParameterNames: globalParameterNames,
            schemas: schemas, location: root.location)
    }

    private static func checkVersion(_ document: SpecDocument) throws {
        if let openapi = document.root["openapi"] {
            throw Diagnostic.error("unsupported version: this is an OpenAPI \(openapi.scalarText ?? "3") document; specgen reads Swagger 2.0 contracts", at: openapi.location)
        }
        guard let swagger = document.root["swagger"] else {
            throw Diagnostic.error("not a Swagger 2.0 contract: no 'swagger: \"2.0\"' at the top level", at: document.root.location)
        }
        guard swagger.scalarText == "2.0" else {
            throw Diagnostic.error("unsupported version: swagger '\(swagger.scalarText ?? "")'; specgen reads Swagger 2.0", at: swagger.location)
        }
    }

    /// Every definition of the contract's files, in order. A definition written identically in two
    /// files is one; written differently, it is an error.
    private func parseDefinitions(_ documents: [SpecDocument]) throws -> [(name: String, id: SchemaID)] {
        var first: [String: (node: SpecNode, document: SpecDocument)] = [:]
        var order: [(name: String, id: SchemaID)] = []
        for document in documents {
            for (name, node) in document.root["definitions"]?.entries ?? [] {
                if let earlier = first[name] {
                    guard earlier.node.hasSameContent(as: node) else {
                        throw Diagnostic.error("definition '\(name)' differs from the one in \(earlier.document.displayPath) (\(earlier.node.location))", at: node.location)
                    }
                    continue
                }
                first[name] = (node, document)
                let resolved = ResolvedNode(node: node, document: document, pointer: "/definitions/" + JSONPointer.escape(name))
                order.append((name, try target(resolved)))
            }
        }
        return order
    }

    // MARK: Host and security

    private func parseParameterizedHost(_ node: SpecNode?, in document: SpecDocument) throws -> ParameterizedHost? {
        guard let node else { return nil }
        guard let template = node.string("hostTemplate") else {
            throw Diagnostic.error("x-ms-parameterized-host needs 'hostTemplate'", at: node.location)
        }
        var parameters: [ContractParameter] = []
        for parameterNode in node["parameters"]?.items ?? [] {
            let resolved = try resolver.resolve(parameterNode, in: document)
            parameters.append(try parseParameter(resolved, isGlobal: parameterNode["$ref"] != nil, declaredAt: parameterNode.location))
        }
        return ParameterizedHost(
            hostTemplate: template, useSchemePrefix: node["useSchemePrefix"].map { Self.flag($0) } ?? true,
            positionInOperation: node.string("positionInOperation") ?? "first", parameters: parameters, location: node.location)
    }

    private func parseSecuritySchemes(_ node: SpecNode?) throws -> [SecurityScheme] {
        var result: [SecurityScheme] = []
        for (name, scheme) in node?.entries ?? [] {
            guard let type = scheme.string("type"), let kind = SecurityScheme.Kind(rawValue: type) else {
                throw Diagnostic.error("security scheme '\(name)' has type '\(scheme.string("type") ?? "")'; Swagger 2.0 knows oauth2, apiKey and basic", at: scheme.location)
            }
            result.append(SecurityScheme(
                name: name, kind: kind, scopes: scheme["scopes"]?.entries.map(\.key) ?? [], flow: scheme.string("flow"),
                keyName: scheme.string("name"), keyLocation: scheme.string("in"), location: scheme.location))
        }
        return result
    }

    static func securityRequirements(_ node: SpecNode?) -> [SecurityRequirement]? {
        guard let node else { return nil }
        return node.items.map { alternative in
            SecurityRequirement(schemes: alternative.entries.map { ($0.key, strings($0.value)) })
        }
    }

    // MARK: Helpers

    /// The identity of a node a `$ref` reached, parsing it the first time.
    func target(_ resolved: ResolvedNode) throws -> SchemaID {
        let id = schemaID(resolved)
        if schemas[id] == nil, parsing.insert(id).inserted {
            defer { parsing.remove(id) }
            schemas[id] = try parseSchema(resolved.node, in: resolved.document)
        }
        return id
    }

    private func schemaID(_ resolved: ResolvedNode) -> SchemaID {
        let parts = JSONPointer.segments(resolved.pointer)
        let name = parts.count == 3 && parts[1] == "definitions" ? JSONPointer.unescape(parts[2]) : nil
        if let name, entryPaths.contains(resolved.document.path) {
            return SchemaID(key: "contract#" + name, definitionName: name, pointer: resolved.pointer)
        }
        return SchemaID(key: resolved.key, definitionName: name, pointer: resolved.pointer)
    }

    /// Swagger booleans as YAML writes them.
    static func flag(_ node: SpecNode) -> Bool {
        node.scalarText == "true" || node.scalarText == "True"
    }

    static func flag(_ node: SpecNode?, default value: Bool) -> Bool {
        node.map { flag($0) } ?? value
    }

    static func strings(_ node: SpecNode?) -> [String] {
        node?.items.compactMap(\.scalarText) ?? []
    }

    /// Scalar text, except YAML's null.
    static func text(_ node: SpecNode?) -> String? {
        guard let node, node.scalarKind != .null else { return nil }
        return node.scalarText
    }

    static func scalar(_ node: SpecNode) -> ContractScalar {
        let kind: ContractScalar.Kind
        switch node.scalarKind {
        case .integer?: kind = .integer
        case .number?: kind = .number
        case .boolean?: kind = .boolean
        case .null?: kind = .null
        default: kind = .string
        }
        return ContractScalar(text: node.scalarText ?? "", kind: kind)
    }

    /// A node as a JSON value (examples, defaults, unknown extensions).
    static func json(_ node: SpecNode) -> JSONValue {
        switch node.value {
        case .scalar(let text, let kind):
            switch kind {
            case .null: return .null
            case .boolean: return .bool(text.lowercased() == "true")
            case .integer: return Int64(text).map(JSONValue.integer) ?? .number(Double(text) ?? 0)
            case .number: return Double(text).map(JSONValue.number) ?? .string(text)
            case .string: return .string(text)
            }
        case .sequence(let items): return .array(items.map(json))
        case .mapping(let entries):
            var members: [String: JSONValue] = [:]
            for (key, value) in entries { members[key] = json(value) }
            return .object(members)
        }
    }

    /// `x-` keys of a node that this parser does not read.
    static func unknownExtensions(of node: SpecNode, known: Set<String>) -> [UnknownExtension] {
        node.entries.filter { $0.key.hasPrefix("x-") && !known.contains($0.key) }.map {
            UnknownExtension(name: $0.key, value: json($0.value), location: $0.value.location)
        }
    }
}
