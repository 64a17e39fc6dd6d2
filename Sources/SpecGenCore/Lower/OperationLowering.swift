import Foundation
import SpecGenValues

/// Lowers the contract's operations into operation groups: one request builder and one typed
/// response per operation, grouped by the operationId's prefix (`Servers_Get` → `Servers.Get`).
final class OperationLowering {
    private let contract: Contract
    private let schemas: SchemaLowering
    private let log: DiagnosticLog

    init(contract: Contract, schemas: SchemaLowering, log: DiagnosticLog) {
        self.contract = contract
        self.schemas = schemas
        self.log = log
    }

    /// Parameter groups by name, in the order operations first name them.
    private(set) var parameterGroups: [ParameterGroupDecl] = []

    func lowerOperations() throws -> [OperationGroupDecl] {
        var groups: [OperationGroupDecl] = []
        for contractOperation in contract.operations {
            let (groupName, memberName) = Self.split(operationId: contractOperation.operationId, tags: contractOperation.tags)
            var operation = try lowerOperation(contractOperation, typeName: memberName)
            assignParameterGroups(&operation, contractOperation, namePrefix: groupName + memberName)
            // Media types the body's type cannot be written in: a second method that takes bytes.
            let operations = [operation] + (try bytesVariant(of: operation, contractOperation).map { [$0] } ?? [])
            if let index = groups.firstIndex(where: { $0.name == groupName }) {
                groups[index].operations += operations
            } else {
                groups.append(OperationGroupDecl(name: groupName, operations: operations))
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

    // MARK: Parameter groups

    /// Puts the method-held parameters that name a group into it: `name`, else the operation's
    /// group and name with `postfix` (default `Parameters`), as AutoRest names them.
    private func assignParameterGroups(_ operation: inout OperationDecl, _ contractOperation: ContractOperation, namePrefix: String) {
        for index in operation.parameters.indices where operation.parameters[index].location != .host {
            let parameter = operation.parameters[index]
            guard !parameter.isClientParameter, parameter.constant == nil,
                  let grouping = contractOperation.parameters.first(where: { $0.name == parameter.wireName })?.grouping
            else { continue }
            let name = grouping.name.map(Naming.typeName) ?? Naming.typeName(namePrefix + Naming.upperCamel(grouping.postfix ?? "Parameters"))
            let typeName = groupTypeNames[name] ?? schemas.claimTypeName(name)
            groupTypeNames[name] = typeName
            operation.parameters[index].group = typeName
            if let existing = parameterGroups.firstIndex(where: { $0.name == typeName }) {
                if !parameterGroups[existing].members.contains(where: { $0.wireName == parameter.wireName }) {
                    parameterGroups[existing].members.append(parameter)
                }
            } else {
                parameterGroups.append(ParameterGroupDecl(name: typeName, members: [parameter]))
            }
        }
    }

    /// Group names as the contract spells them → the type names claimed for them.
    private var groupTypeNames: [String: String] = [:]

    // MARK: One operation

    private func lowerOperation(_ operation: ContractOperation, typeName: String) throws -> OperationDecl {
        let operationTypeName = Naming.upperCamel(operation.operationId)
        var parameters: [ParameterDecl] = []
        var namer = UniqueNamer(reserved: ["operationId", "response", "makeRequest", "validate"])
        var bodyLocation: SourceLocation?
        if hostParametersFirst { parameters += hostParameters }
        for contractParameter in operation.parameters {
            var parameter = try lowerParameter(contractParameter, operationTypeName: operationTypeName)
            if parameter.location == .body {
                if let first = bodyLocation {
                    throw Diagnostic.error("operation '\(operation.operationId)' has two body parameters (first at \(first))", at: contractParameter.location)
                }
                bodyLocation = contractParameter.location
                parameter.swiftName = "body"
            }
            parameters.append(parameter)
        }
        if !hostParametersFirst { parameters += hostParameters }
        // Host parameters claim their names first: the client holds them under one name for all operations.
        for index in parameters.indices.filter({ parameters[$0].location == .host }) + parameters.indices.filter({ parameters[$0].location != .host }) {
            parameters[index].swiftName = namer.claim(parameters[index].swiftName)
        }

        var responses: [ResponseDecl] = []
        for response in operation.responses where !response.isError {
            responses.append(try lowerResponse(response, status: response.statusCode ?? 0, operationTypeName: operationTypeName))
        }
        let errorBody = try operation.defaultResponse?.schema.map {
            try schemas.lowerSchema($0, hint: operationTypeName + "Error")
        }
        // An operation that documents only `default` succeeds with any 2xx, answered in that schema
        // (AutoRest's clients read it so); other statuses stay errors.
        if responses.isEmpty, let only = operation.defaultResponse {
            responses.append(try lowerResponse(only, status: ResponseDecl.anySuccess, operationTypeName: operationTypeName, body: errorBody))
        }

        // Files need multipart; so does an operation that says it consumes it.
        var formEncoding: FormEncoding?
        if parameters.contains(where: { $0.location == .formData }) {
            formEncoding = parameters.contains(where: \.isFile) || operation.consumes.contains { $0.hasPrefix("multipart/form-data") }
                ? .multipart : .urlEncoded
        }

        var bodyMediaTypes: [BodyMediaType] = []
        if let index = parameters.firstIndex(where: { $0.location == .body }) {
            let bodyType = parameters[index].type.resolvingAliases(in: schemas.declarations)
            bodyMediaTypes = BodyMediaTypes.split(consumes: operation.consumes, bodyType: bodyType).typed
            // Bytes may stream (a file, chunks), except through pollers and pagers, which replay requests whole.
            if bodyType == .binary, !operation.isLongRunning, operation.pageable == nil {
                parameters[index].type = BodyMediaTypes.streamedBodyType
            }
            if let choice = try contentTypeChoice(bodyMediaTypes, operation, typeName: operationTypeName, taken: parameters) {
                parameters.insert(choice, at: index + 1)
            }
        }
        for index in responses.indices {
            guard let body = responses[index].body else { continue }
            var type = body.resolvingAliases(in: schemas.declarations)
            if case .optional(let wrapped) = type { type = wrapped.resolvingAliases(in: schemas.declarations) }
            responses[index].bodyKind = BodyMediaTypes.responseKind(produces: operation.produces, bodyType: type)
        }

        var examples: [ExampleRef] = []
        for example in operation.examples {
            switch example.source {
            case .file(let reference, let path, let isPresent):
                examples.append(ExampleRef(title: example.title, reference: reference, path: path, isPresent: isPresent))
            case .inline(let value):
                examples.append(ExampleRef(title: example.title, reference: "", path: operation.file, isPresent: true, inline: value))
            }
        }

        var finalStateType: SwiftType?
        if let target = operation.longRunningOptions?.finalStateSchema, let schema = contract.schemas[target] {
            finalStateType = target.isDefinition
                ? try schemas.namedType(for: target)
                : try schemas.lowerSchema(schema, hint: operationTypeName + "Result")
        }
        return OperationDecl(
            operationId: operation.operationId, typeName: typeName, method: operation.method.uppercased(),
            pathTemplate: operation.path.text, path: operation.path,
            doc: operation.description ?? operation.summary, origin: operation.location.pointer,
            parameters: parameters, responses: responses, hasDefaultResponse: operation.defaultResponse != nil, errorBody: errorBody,
            isLongRunning: operation.isLongRunning,
            finalStateVia: operation.longRunningOptions?.finalStateVia, finalStateType: finalStateType,
            nextLinkName: operation.pageable?.nextLinkName, itemName: operation.pageable?.itemName,
            isPageable: operation.pageable != nil, nextOperationId: operation.pageable?.operationName, examples: examples, specFile: operation.file,
            bodyMediaTypes: bodyMediaTypes,
            accept: operation.produces.isEmpty ? "application/json" : operation.produces.joined(separator: ", "),
            formEncoding: formEncoding)
    }

    // MARK: Media types

    /// The `contentType` parameter of a body that may go as several media types (nil for one, or
    /// when the contract declares its own `Content-Type` header): an enum of them, the first by default.
    private func contentTypeChoice(_ choices: [BodyMediaType], _ operation: ContractOperation, typeName: String,
                                   taken: [ParameterDecl]) throws -> ParameterDecl? {
        guard choices.count > 1, let first = choices.first,
              !taken.contains(where: { $0.location == .header && $0.wireName.lowercased() == "content-type" })
        else { return nil }
        var schema = Schema(location: operation.location, pointer: operation.location.pointer + "/consumes")
        schema.type = "string"
        schema.enumValues = choices.map { ContractScalar(text: $0.mediaType, kind: .string) }
        schema.enumExtension = EnumExtension(name: nil, modelAsString: false, values: [])
        let type = try schemas.lowerSchema(schema, hint: typeName + "ContentType")
        var swiftName = "contentType"
        while taken.contains(where: { $0.swiftName == swiftName }) { swiftName = "body" + Naming.upperCamel(swiftName) }
        var parameter = ParameterDecl(
            wireName: "Content-Type", swiftName: swiftName, location: .header, type: type, isRequired: true,
            doc: "The media type the body is sent as.", constraints: Constraints(), elementConstraints: nil,
            defaultValue: .literal("." + Naming.escaped(first.caseName), isString: false), skipEncoding: false,
            collectionSeparator: nil, isSecret: false, isClientParameter: false)
        parameter.isContentTypeChoice = true
        return parameter
    }

    /// The operation again with its body as bytes, for the media types the body's own type cannot
    /// be written in (`analyzeBody(body: Data, contentType: .applicationPdf)` beside the JSON
    /// model's `analyzeBody(body:)`); nil when there are none.
    private func bytesVariant(of typed: OperationDecl, _ operation: ContractOperation) throws -> OperationDecl? {
        guard let index = typed.parameters.firstIndex(where: { $0.location == .body }) else { return nil }
        let bodyType = typed.parameters[index].type.resolvingAliases(in: schemas.declarations)
        let bytes = BodyMediaTypes.split(consumes: operation.consumes, bodyType: bodyType).bytes
        guard !bytes.isEmpty else { return nil }
        var variant = typed
        variant.typeName = typed.typeName + "Binary"
        variant.methodStem = typed.typeName
        variant.examples = []
        variant.bodyMediaTypes = bytes
        variant.parameters.removeAll { $0.isContentTypeChoice }
        variant.parameters[index].type = operation.isLongRunning || operation.pageable != nil ? .binary : BodyMediaTypes.streamedBodyType
        variant.parameters[index].constraints = Constraints()
        variant.parameters[index].elementConstraints = nil
        variant.parameters[index].isRequired = true
        if let choice = try contentTypeChoice(bytes, operation, typeName: Naming.upperCamel(operation.operationId) + "Binary",
                                              taken: variant.parameters) {
            variant.parameters.insert(choice, at: index + 1)
        }
        return variant
    }

    /// `x-ms-parameterized-host`'s parameters, lowered once and given to every operation.
    private var hostParameters: [ParameterDecl] = []
    private var hostParametersFirst = true

    func lowerHost() throws -> HostTemplateDecl? {
        guard let host = contract.parameterizedHost else { return nil }
        hostParameters = try host.parameters.map {
            var parameter = try lowerParameter($0, operationTypeName: "Host")
            parameter.location = .host
            return parameter
        }
        hostParametersFirst = host.positionInOperation != "last"
        let basePath = contract.basePath.map { $0 == "/" ? "" : $0 } ?? ""
        // Without `schemes`, AutoRest's clients put `http` in front of a host template.
        return HostTemplateDecl(template: host.hostTemplate, scheme: host.useSchemePrefix ? (contract.schemes.first ?? "http") : nil,
                                basePath: basePath)
    }

    private func lowerParameter(_ parameter: ContractParameter, operationTypeName: String) throws -> ParameterDecl {
        if parameter.headerCollectionPrefix != nil, parameter.place != .header {
            log.warn("x-ms-header-collection-prefix applies to header parameters; '\(parameter.name)' stays an ordinary parameter", at: parameter.location)
        }
        let location: ParameterDecl.Location
        switch parameter.place {
        case .path: location = .path
        case .query: location = .query
        case .header: location = .header
        case .body: location = .body
        case .formData: location = .formData
        }
        let swiftName = Naming.memberName(parameter.clientName ?? parameter.name)
        let isApiVersion = parameter.name == "api-version" && location == .query
        let resolved = contract.resolved(parameter.schema)
        if parameter.isRequired, location != .body, let constant = resolved.constantValue {
            return ParameterDecl(
                wireName: parameter.name, swiftName: isApiVersion ? "apiVersion" : swiftName, location: location,
                type: SchemaLowering.scalarType(of: resolved), isRequired: true, doc: parameter.description,
                constraints: Constraints(), elementConstraints: nil, defaultValue: nil,
                skipEncoding: parameter.skipURLEncoding, collectionSeparator: parameter.collectionSeparator,
                isSecret: parameter.isSecret, isClientParameter: false, constant: constant.text)
        }
        let type = try schemas.lowerSchema(parameter.schema, hint: operationTypeName + Naming.upperCamel(parameter.name))
        var lowered = ParameterDecl(
            wireName: parameter.name, swiftName: isApiVersion ? "apiVersion" : swiftName, location: location, type: type,
            isRequired: parameter.isRequired, doc: parameter.description,
            constraints: try schemas.constraints(of: parameter.schema, hint: swiftName),
            elementConstraints: try schemas.elementConstraints(of: parameter.schema, hint: swiftName),
            // An optional api-version (rare) is the caller's to give or leave out, not the module's.
            defaultValue: isApiVersion && parameter.isRequired ? .apiVersion : Self.clientDefault(of: parameter, type: type),
            skipEncoding: parameter.skipURLEncoding, collectionSeparator: parameter.collectionSeparator,
            isSecret: parameter.isSecret, isClientParameter: parameter.holder == .client)
        // A form's files (one, or an array of them) are `FormFile`s: bytes with a file name and media type.
        let isFileArray = resolved.type == "array" && resolved.items.map { contract.resolved($0).type == "file" } == true
        lowered.isFile = parameter.place == .formData && (resolved.type == "file" || isFileArray)
        // Whatever type the contract gives it (Storage writes `string`), a collection of headers is a dictionary.
        if parameter.place == .header, let prefix = parameter.headerCollectionPrefix {
            lowered.headerCollectionPrefix = prefix
            lowered.type = .dictionary(.string)
            lowered.constraints = Constraints()
            lowered.elementConstraints = nil
            lowered.defaultValue = nil
        }
        if lowered.isFile { lowered.type = isFileArray ? .array(BodyMediaTypes.formFileType) : BodyMediaTypes.formFileType }
        return lowered
    }

    /// The value a client sends when the caller gives none: `x-ms-client-default`, or the `default`
    /// of a required parameter (AutoRest's rule; on an optional one `default` is the service's).
    /// Only for scalar Swift types, whose literal the renderer can spell.
    static func clientDefault(of parameter: ContractParameter, type: SwiftType) -> DefaultValue? {
        let text: String?
        if let clientDefault = parameter.clientDefault {
            text = clientDefault.text
        } else if parameter.isRequired {
            switch parameter.schema.defaultValue {
            case .string(let value)?: text = value
            case .integer(let value)?: text = String(value)
            case .number(let value)?: text = String(value)
            case .bool(let value)?: text = value ? "true" : "false"
            default: text = nil
            }
        } else {
            text = nil
        }
        guard let text else { return nil }
        switch type {
        case .string: return .literal(text, isString: true)
        case .int, .int32, .int64: return Int64(text) != nil ? .literal(text, isString: false) : nil
        case .double, .float: return Double(text) != nil ? .literal(text, isString: false) : nil
        case .bool: return text == "true" || text == "false" ? .literal(text, isString: false) : nil
        case .civilDate: return CivilDate(text).map(DefaultValue.civilDate)
        case .duration: return ISO8601Duration(text).map(DefaultValue.duration)
        default: return nil
        }
    }

    /// `body`: the body's type when it is already lowered (the `default` schema read on success).
    private func lowerResponse(_ response: ContractResponse, status: Int, operationTypeName: String, body lowered: SwiftType?? = nil) throws -> ResponseDecl {
        let caseName = Self.caseName(forStatus: status)
        let body = try lowered ?? response.schema.map {
            schemas.nullable($0, try schemas.lowerSchema($0, hint: operationTypeName + Naming.upperCamel(caseName) + "Body"))
        }
        var headers: [ResponseHeaderDecl] = []
        var namer = UniqueNamer()
        for header in response.headers {
            let schema = header.schema
            let type: SwiftType
            let lowered = header.name.lowercased()
            if header.collectionPrefix != nil {
                type = .dictionary(.string)
            } else if schema.type == "string", schema.format == "uri" || schema.format == "url"
                || ["location", "azure-asyncoperation", "operation-location"].contains(lowered) {
                type = .url
            } else if schema.type == nil || schema.type == "array" || schema.type == "object" {
                type = .string
            } else {
                // Enums, byte, dates, floats: as the schema says (headers carry scalars only).
                type = try schemas.lowerSchema(schema, hint: operationTypeName + Naming.upperCamel(caseName) + Naming.upperCamel(header.name))
            }
            let bareName = header.name.lowercased().hasPrefix("x-ms-") ? String(header.name.dropFirst(5)) : header.name
            headers.append(ResponseHeaderDecl(
                wireName: header.name, swiftName: namer.claim(Naming.memberName(schema.clientName ?? bareName)),
                type: type, doc: schema.description, collectionPrefix: header.collectionPrefix))
        }
        return ResponseDecl(statusCode: status, caseName: caseName, body: body, headers: headers,
                            headersTypeName: Naming.upperCamel(caseName) + "Headers", doc: response.description)
    }

    // MARK: Helpers

    static func caseName(forStatus status: Int) -> String {
        switch status {
        case ResponseDecl.anySuccess: return "success"
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
    static func split(operationId: String, tags: [String]) -> (group: String, member: String) {
        if let underscore = operationId.firstIndex(of: "_") {
            let group = String(operationId[..<underscore])
            let member = String(operationId[operationId.index(after: underscore)...])
            return (Naming.typeName(group), Naming.typeName(member.isEmpty ? operationId : member))
        }
        return (Naming.typeName(tags.first ?? "Operations"), Naming.typeName(operationId))
    }
}
