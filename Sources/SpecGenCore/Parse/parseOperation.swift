import Foundation

extension ContractParser {
    static let knownOperationExtensions: Set<String> = [
        "x-ms-examples", "x-ms-long-running-operation", "x-ms-long-running-operation-options", "x-ms-pageable",
        "x-ms-request-id", "x-ms-odata",
    ]

    func parseOperation(
        _ node: SpecNode, method: String, pathKey: String, pathItem: SpecNode, isExtensionPath: Bool, document: SpecDocument
    ) throws -> ContractOperation {
        let declaredId = node.string("operationId")
        let operationId = declaredId ?? Self.synthesizedId(method: method, path: pathKey)
        let path = PathTemplate(pathKey)

        var parameters: [ContractParameter] = []
        for parameterNode in (pathItem["parameters"]?.items ?? []) + (node["parameters"]?.items ?? []) {
            let resolved = try resolver.resolve(parameterNode, in: document)
            let parameter = try parseParameter(resolved, isGlobal: parameterNode["$ref"] != nil, declaredAt: parameterNode.location)
            // An operation-level parameter replaces a path-level one of the same name and place.
            parameters.removeAll { $0.name == parameter.name && $0.place == parameter.place }
            parameters.append(parameter)
        }
        for name in path.parameterNames where !parameters.contains(where: { $0.place == .path && $0.name == name }) {
            throw Diagnostic.error("path parameter '{\(name)}' of '\(pathKey)' is not declared", at: node.location)
        }

        var responses: [ContractResponse] = []
        var defaultResponse: ContractResponse?
        for (code, responseNode) in node["responses"]?.entries ?? [] {
            let status = Int(code)
            guard status != nil || code == "default" else {
                throw Diagnostic.error("response code '\(code)' is neither a status code nor 'default'", at: responseNode.location)
            }
            let response = try parseResponse(try resolver.resolve(responseNode, in: document), status: status)
            if status == nil { defaultResponse = response } else { responses.append(response) }
        }

        var examples: [ContractExample] = []
        let directory = FilePaths.directory(of: document.path)
        for (title, exampleNode) in node["x-ms-examples"]?.entries ?? [] {
            if let reference = exampleNode.string("$ref") {
                let file = FilePaths.resolve(reference, against: directory)
                examples.append(ContractExample(
                    title: title, source: .file(reference: reference, path: file, isPresent: FileManager.default.fileExists(atPath: file)),
                    location: exampleNode.location))
            } else {
                examples.append(ContractExample(title: title, source: .inline(Self.json(exampleNode)), location: exampleNode.location))
            }
        }

        var longRunningOptions: LongRunningOptions?
        if let options = node["x-ms-long-running-operation-options"] {
            var finalStateSchema: SchemaID?
            if let reference = options["final-state-schema"], let text = reference.scalarText {
                let origin = ResolvedNode(node: options, document: document, pointer: reference.location.pointer)
                finalStateSchema = try target(try resolver.follow(text, from: origin))
            }
            longRunningOptions = LongRunningOptions(finalStateVia: options.string("final-state-via"), finalStateSchema: finalStateSchema)
        }
        let pageable = node["x-ms-pageable"].map {
            Pageable(nextLinkName: Self.text($0["nextLinkName"]), itemName: Self.text($0["itemName"]) ?? "value",
                     operationName: Self.text($0["operationName"]))
        }
        let consumes = node["consumes"].map { Self.strings($0) } ?? Self.strings(document.root["consumes"])
        let produces = node["produces"].map { Self.strings($0) } ?? Self.strings(document.root["produces"])
        return ContractOperation(
            operationId: operationId, hasDeclaredOperationId: declaredId != nil, method: method, pathKey: pathKey, path: path,
            isExtensionPath: isExtensionPath, tags: Self.strings(node["tags"]), summary: node.string("summary"),
            description: node.string("description"), isDeprecated: node.bool("deprecated"), parameters: parameters,
            consumes: consumes, produces: produces, responses: responses, defaultResponse: defaultResponse,
            isLongRunning: node.bool("x-ms-long-running-operation"), longRunningOptions: longRunningOptions,
            pageable: pageable, examples: examples, security: Self.securityRequirements(node["security"]),
            file: document.displayPath, filePath: document.path, location: node.location,
            unknownExtensions: Self.unknownExtensions(of: node, known: Self.knownOperationExtensions))
    }

    private func parseResponse(_ resolved: ResolvedNode, status: Int?) throws -> ContractResponse {
        let node = resolved.node
        var headers: [ContractResponse.Header] = []
        for (name, headerNode) in node["headers"]?.entries ?? [] {
            let header = try resolver.resolve(headerNode, in: resolved.document)
            headers.append(.init(name: name, schema: try parseSchema(header.node, in: header.document),
                                 collectionPrefix: header.node.string("x-ms-header-collection-prefix")))
        }
        let schema = try node["schema"].map { try parseSchema($0, in: resolved.document) }
        return ContractResponse(
            statusCode: status, description: node.string("description"), schema: schema, headers: headers,
            isError: node.bool("x-ms-error-response"), location: node.location)
    }

    /// An operation without `operationId`: named from its path and method.
    static func synthesizedId(method: String, path: String) -> String {
        Naming.upperCamel(path) + "_" + Naming.upperCamel(method)
    }
}
