import Foundation

/// Lowers `paths` (and `x-ms-paths`) into operation groups: one request builder and one typed
/// response per operation, grouped by the operationId's prefix (`Servers_Get` → `Servers.Get`).
final class OperationLowering {
    private let resolver: ReferenceResolver
    private let schemas: SchemaLowering
    private let log: DiagnosticLog
    private let serviceTypeName: String

    static let methods = ["get", "put", "post", "patch", "delete", "head", "options"]

    init(resolver: ReferenceResolver, schemas: SchemaLowering, log: DiagnosticLog, serviceTypeName: String) {
        self.resolver = resolver
        self.schemas = schemas
        self.log = log
        self.serviceTypeName = serviceTypeName
    }

    func lowerOperations(of documents: [SpecDocument]) throws -> [OperationGroupDecl] {
        var groups: [OperationGroupDecl] = []
        var seenOperationIds: [String: SourceLocation] = [:]
        for entry in Self.operations(in: documents) {
            let operationNode = entry.node
            if let previous = seenOperationIds[entry.operationId] {
                throw Diagnostic.error("duplicate operationId '\(entry.operationId)' (first at \(previous))",
                                       at: operationNode["operationId"]?.location ?? operationNode.location)
            }
            seenOperationIds[entry.operationId] = operationNode.location
            let (groupName, memberName) = Self.split(operationId: entry.operationId, tags: operationNode["tags"]?.items)
            let operation = try lowerOperation(
                operationNode, operationId: entry.operationId, typeName: memberName, method: entry.method,
                pathKey: entry.path, pathItem: entry.pathItem, document: entry.document)
            if let index = groups.firstIndex(where: { $0.name == groupName }) {
                groups[index].operations.append(operation)
            } else {
                groups.append(OperationGroupDecl(name: groupName, operations: [operation]))
            }
        }
        for index in groups.indices {
            var namer = UniqueNamer(reserved: ["Response"])
            for operationIndex in groups[index].operations.indices {
                groups[index].operations[operationIndex].typeName = namer.claim(groups[index].operations[operationIndex].typeName)
            }
        }
        return groups
    }

    /// One operation as the contract states it, before lowering.
    struct ContractOperation {
        var operationId: String
        var method: String
        var path: String
        var node: SpecNode
        var pathItem: SpecNode
        var document: SpecDocument
    }

    /// Every operation of `paths` and `x-ms-paths`, in spec order (also what `specgen diff` compares).
    static func operations(in documents: [SpecDocument]) -> [ContractOperation] {
        var result: [ContractOperation] = []
        for document in documents {
            for table in [document.root["paths"], document.root["x-ms-paths"]].compactMap({ $0 }) {
                for (path, item) in table.entries {
                    for (method, node) in item.entries where methods.contains(method) {
                        let id = node.string("operationId") ?? synthesizedId(method: method, path: path)
                        result.append(ContractOperation(operationId: id, method: method, path: path, node: node, pathItem: item, document: document))
                    }
                }
            }
        }
        return result
    }

    // MARK: One operation

    private func lowerOperation(
        _ node: SpecNode, operationId: String, typeName: String, method: String,
        pathKey: String, pathItem: SpecNode, document: SpecDocument
    ) throws -> OperationDecl {
        // x-ms-paths keys may carry a query string that only disambiguates.
        let pathTemplate = String(pathKey.split(separator: "?", maxSplits: 1).first ?? "")
        var parameters: [ParameterDecl] = []
        var namer = UniqueNamer(reserved: ["operationId", "response", "makeRequest", "validate"])
        let declared = (pathItem["parameters"]?.items ?? []) + (node["parameters"]?.items ?? [])
        var bodyLocation: SourceLocation?
        for parameterNode in declared {
            let isGlobal = parameterNode["$ref"] != nil
            let resolved = try resolver.resolve(parameterNode, in: document)
            var parameter = try lowerParameter(resolved, isGlobal: isGlobal, operationTypeName: Naming.upperCamel(operationId))
            if parameter.location == .body {
                if let first = bodyLocation {
                    throw Diagnostic.error("operation '\(operationId)' has two body parameters (first at \(first))", at: parameterNode.location)
                }
                bodyLocation = parameterNode.location
            }
            // An operation-level parameter replaces a path-level one of the same name and place.
            parameters.removeAll { $0.wireName == parameter.wireName && $0.location == parameter.location }
            parameter.swiftName = parameter.location == .body ? "body" : parameter.swiftName
            parameters.append(parameter)
        }
        for index in parameters.indices {
            parameters[index].swiftName = namer.claim(parameters[index].swiftName)
        }
        for name in Self.templateParameters(pathTemplate) where !parameters.contains(where: { $0.location == .path && $0.wireName == name }) {
            throw Diagnostic.error("path parameter '{\(name)}' of '\(pathKey)' is not declared", at: node.location)
        }

        var responses: [ResponseDecl] = []
        var hasDefault = false
        var errorBody: SwiftType?
        for (code, responseNode) in node["responses"]?.entries ?? [] {
            if code == "default" {
                hasDefault = true
                let resolved = try resolver.resolve(responseNode, in: document)
                if let schema = resolved.node["schema"] {
                    errorBody = try schemas.lowerSchema(schema, in: resolved.document, hint: Naming.upperCamel(operationId) + "Error")
                }
                continue
            }
            guard let status = Int(code) else {
                throw Diagnostic.error("response code '\(code)' is neither a status code nor 'default'", at: responseNode.location)
            }
            let resolved = try resolver.resolve(responseNode, in: document)
            if resolved.node.bool("x-ms-error-response") { continue }
            responses.append(try lowerResponse(resolved, status: status, operationTypeName: Naming.upperCamel(operationId)))
        }

        var examples: [ExampleRef] = []
        for (title, exampleNode) in node["x-ms-examples"]?.entries ?? [] {
            guard let reference = exampleNode.string("$ref") else { continue }
            let directory = URL(fileURLWithPath: document.path).deletingLastPathComponent()
            let path = URL(fileURLWithPath: reference, relativeTo: directory).standardizedFileURL.path
            examples.append(ExampleRef(title: title, reference: reference, path: path,
                                       isPresent: FileManager.default.fileExists(atPath: path)))
        }

        let lroOptions = node["x-ms-long-running-operation-options"]
        var finalStateType: SwiftType?
        if let reference = lroOptions?["final-state-schema"], let text = reference.scalarText {
            let target = try resolver.follow(text, from: ResolvedNode(node: lroOptions ?? node, document: document, pointer: reference.location.pointer))
            finalStateType = target.pointer.hasPrefix("/definitions/")
                ? try schemas.namedType(for: target)
                : try schemas.lowerSchema(target.node, in: target.document, hint: Naming.upperCamel(operationId) + "Result")
        }
        let pageable = node["x-ms-pageable"]
        return OperationDecl(
            operationId: operationId, typeName: typeName, method: method.uppercased(), pathTemplate: pathTemplate,
            doc: node.string("description") ?? node.string("summary"), origin: node.location.pointer,
            parameters: parameters, responses: responses, hasDefaultResponse: hasDefault, errorBody: errorBody,
            isLongRunning: node.bool("x-ms-long-running-operation"),
            finalStateVia: lroOptions?.string("final-state-via"), finalStateType: finalStateType,
            nextLinkName: pageable?.string("nextLinkName"),
            itemName: pageable.map { $0.string("itemName") ?? "value" },
            isPageable: pageable != nil, examples: examples, specFile: document.displayPath)
    }

    private func lowerParameter(_ resolved: ResolvedNode, isGlobal: Bool, operationTypeName: String) throws -> ParameterDecl {
        let node = resolved.node
        guard let wireName = node.string("name"), let place = node.string("in") else {
            throw Diagnostic.error("parameter needs 'name' and 'in'", at: node.location)
        }
        guard let location = ParameterDecl.Location(rawValue: place == "formData" ? "body" : place) else {
            throw Diagnostic.error("parameter location '\(place)' is not supported", at: node["in"]?.location)
        }
        for unsupported in ["x-ms-parameter-grouping", "x-ms-header-collection-prefix"] where node[unsupported] != nil {
            log.warn("\(unsupported) is not supported yet; '\(wireName)' stays an ordinary parameter", at: node[unsupported]?.location)
        }
        let swiftName = Naming.memberName(node.string("x-ms-client-name") ?? wireName)
        let hint = operationTypeName + Naming.upperCamel(wireName)
        let schemaNode = location == .body ? (node["schema"] ?? node) : node
        let type = try schemas.lowerSchema(schemaNode, in: resolved.document, hint: hint)
        var separator: String? = ","
        switch node.string("collectionFormat") {
        case "ssv": separator = " "
        case "tsv": separator = "\t"
        case "pipes": separator = "|"
        case "multi": separator = nil
        default: break
        }
        let isApiVersion = wireName == "api-version" && location == .query
        // EXT: a global parameter is a client parameter unless it says `method`.
        let isClient = isGlobal && (node.string("x-ms-parameter-location") ?? "client") == "client"
        return ParameterDecl(
            wireName: wireName, swiftName: isApiVersion ? "apiVersion" : swiftName, location: location, type: type,
            isRequired: node.bool("required") || location == .path, doc: node.string("description"),
            constraints: try schemas.constraints(of: schemaNode, in: resolved.document, hint: swiftName),
            elementConstraints: try schemas.elementConstraints(of: schemaNode, in: resolved.document, hint: swiftName),
            defaultValue: isApiVersion ? "\(serviceTypeName).apiVersion" : nil,
            skipEncoding: node.bool("x-ms-skip-url-encoding"), collectionSeparator: separator,
            isSecret: node.bool("x-ms-secret") || node.string("format") == "password", isClientParameter: isClient)
    }

    private func lowerResponse(_ resolved: ResolvedNode, status: Int, operationTypeName: String) throws -> ResponseDecl {
        let node = resolved.node
        let caseName = Self.caseName(forStatus: status)
        var body: SwiftType?
        if let schema = node["schema"] {
            body = try schemas.lowerSchema(schema, in: resolved.document, hint: operationTypeName + Naming.upperCamel(caseName) + "Body")
        }
        var headers: [ResponseHeaderDecl] = []
        var namer = UniqueNamer()
        for (wireName, headerNode) in node["headers"]?.entries ?? [] {
            let header = try resolver.resolve(headerNode, in: resolved.document).node
            let type: SwiftType
            let format = header.string("format")
            switch header.string("type") {
            case "integer": type = format == "int64" ? .int64 : (format == "int32" ? .int32 : .int)
            case "number": type = .double
            case "boolean": type = .bool
            default:
                let lowered = wireName.lowercased()
                if format == "uri" || format == "url" || ["location", "azure-asyncoperation", "operation-location"].contains(lowered) {
                    type = .url
                } else if format == "date-time" {
                    type = .date
                } else {
                    type = .string
                }
            }
            let bareName = wireName.lowercased().hasPrefix("x-ms-") ? String(wireName.dropFirst(5)) : wireName
            headers.append(ResponseHeaderDecl(
                wireName: wireName, swiftName: namer.claim(Naming.memberName(header.string("x-ms-client-name") ?? bareName)),
                type: type, doc: header.string("description")))
        }
        return ResponseDecl(statusCode: status, caseName: caseName, body: body, headers: headers,
                            headersTypeName: Naming.upperCamel(caseName) + "Headers", doc: node.string("description"))
    }

    // MARK: Helpers

    static func caseName(forStatus status: Int) -> String {
        switch status {
        case 200: return "ok"
        case 201: return "created"
        case 202: return "accepted"
        case 203: return "nonAuthoritativeInformation"
        case 204: return "noContent"
        case 206: return "partialContent"
        case 304: return "notModified"
        default: return "status\(status)"
        }
    }

    /// `Servers_ListByResourceGroup` → (`Servers`, `ListByResourceGroup`); no underscore → the first tag.
    static func split(operationId: String, tags: [SpecNode]?) -> (group: String, member: String) {
        if let underscore = operationId.firstIndex(of: "_") {
            let group = String(operationId[..<underscore])
            let member = String(operationId[operationId.index(after: underscore)...])
            return (Naming.typeName(group), Naming.typeName(member.isEmpty ? operationId : member))
        }
        let group = tags?.first?.scalarText ?? "Operations"
        return (Naming.typeName(group), Naming.typeName(operationId))
    }

    static func synthesizedId(method: String, path: String) -> String {
        Naming.upperCamel(path) + "_" + Naming.upperCamel(method)
    }

    static func templateParameters(_ template: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in template {
            if character == "{" { current = "" }
            else if character == "}" { if let name = current { names.append(name) }; current = nil }
            else if current != nil { current?.append(character) }
        }
        return names
    }
}
