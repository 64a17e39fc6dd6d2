/// Request builders and typed responses: a namespace per operation group, a file per operation.
extension ModuleRenderer {
    func renderGroupNamespace(_ group: OperationGroupDecl) -> String {
        var writer = CodeWriter()
        writer.doc("Request builders and typed responses of the `\(group.name)` operations: "
                   + group.operations.map { "`\($0.typeName)`" }.joined(separator: ", ") + ".")
        writer.line("\(access)enum \(group.name) {}")
        return writer.text
    }

    func renderOperationFile(_ operation: OperationDecl, in group: OperationGroupDecl) -> String {
        var writer = CodeWriter()
        writer.block("extension \(group.name)") { writer in
            renderOperation(operation, into: &writer)
        }
        return writer.text
    }

    /// Parameters in the order the initializer takes them: required first, then defaulted, each in
    /// spec order. Constants are not asked for.
    func initializerOrder(_ operation: OperationDecl) -> [ParameterDecl] {
        let variable = operation.parameters.filter { $0.constant == nil }
        let required = variable.filter { $0.isRequired && $0.defaultValue == nil }
        let optional = variable.filter { !($0.isRequired && $0.defaultValue == nil) }
        return required + optional
    }

    private func renderOperation(_ operation: OperationDecl, into writer: inout CodeWriter) {
        var remarks = ["`\(operation.method) \(operation.pathTemplate)`", ""]
        var traits: [String] = []
        if operation.isLongRunning {
            traits.append("long-running" + (operation.finalStateVia.map { ", final state via \($0)" } ?? ""))
        }
        if operation.isPageable { traits.append("pageable, next link in `\(operation.nextLinkName ?? "none")`") }
        remarks.append("- Remark: Generated from operation `\(operation.operationId)`"
                       + (traits.isEmpty ? "" : " (\(traits.joined(separator: "; ")))") + ".")
        writer.doc(operation.doc, remarks: remarks)
        // A final class of constants rather than a struct: the parameters never change once
        // validated, so reference semantics cannot be observed, and the compiler need not emit
        // copy and destroy code that expands every member of the body's model (a ninth of the
        // module's code when these were structs).
        writer.block("\(access)final class \(operation.typeName): Sendable") { writer in
            // Literals, computed: a stored static would cost a global, a lazy initializer and an addressor.
            writer.line("\(access)static var operationId: String { \(CodeWriter.literal(operation.operationId)) }")
            writer.line("\(access)static var pathTemplate: String { \(CodeWriter.literal(operation.pathTemplate)) }")
            for parameter in operation.parameters where parameter.constant == nil {
                writer.line()
                writer.doc(parameter.doc, remarks: ["`\(parameter.wireName)` in \(parameter.location.rawValue)."])
                writer.line("\(access)let \(Naming.escaped(parameter.swiftName)): \(parameterType(parameter))")
            }
            writer.line()
            renderInitializer(operation, into: &writer)
            writer.line()
            renderValidate(operation, into: &writer)
            writer.line()
            renderMakeRequest(operation, into: &writer)
            writer.line()
            renderResponse(operation, into: &writer)
        }
    }

    private func parameterType(_ parameter: ParameterDecl) -> String {
        parameter.type.rendered + (parameter.isRequired || parameter.defaultValue != nil ? "" : "?")
    }

    private func renderInitializer(_ operation: OperationDecl, into writer: inout CodeWriter) {
        let arguments = initializerArguments(operation)
        writer.doc("Takes the operation's parameters and checks them against the contract.",
                   remarks: ["- Throws: `ValidationError` naming the parameter, the rule and the value."])
        writer.block("\(access)init(\(arguments.map(argumentDeclaration).joined(separator: ", "))) throws") { writer in
            // In contract order, a grouped parameter taken from its group.
            for parameter in operation.parameters where parameter.constant == nil {
                let group = parameter.group.flatMap { name in module.parameterGroups.first { $0.name == name } }
                writer.line("self.\(Naming.escaped(parameter.swiftName)) = " + storedValue(parameter, from: group))
            }
            writer.line("try validate()")
        }
    }

    private func renderValidate(_ operation: OperationDecl, into writer: inout CodeWriter) {
        writer.doc("Checks every parameter (and the body) against the contract's constraints.")
        writer.block("\(access)func validate() throws") { writer in
            writer.line("let operation = Self.operationId")
            let checked = operation.parameters.filter { $0.check != nil }
            for parameter in checked {
                guard let check = parameter.check else { continue }
                writeValidation(&writer, value: "self." + Naming.escaped(parameter.swiftName), check: check,
                                isOptional: !parameter.isRequired && parameter.defaultValue == nil,
                                path: CodeWriter.literal(parameter.wireName), secret: parameter.isSecret, depth: 0)
            }
            if checked.isEmpty { writer.line("_ = operation") }
        }
    }

    private func renderMakeRequest(_ operation: OperationDecl, into writer: inout CodeWriter) {
        writer.doc("The HTTP request for this operation and its JSON body, if any.",
                   remarks: ["- Parameter endpoint: Scheme, host and optional base path to send to (`RequestEndpoint(url)`)."])
        let endpointParameter = hostTemplateExpression == nil ? "endpoint: RequestEndpoint = \(serviceTypeName).requestEndpoint" : "endpoint: RequestEndpoint? = nil"
        // A body that may stream (a file, chunks) is built as a `RequestBody`, the others as `Data`.
        let streams = streamsRequestBody(operation)
        let bodyType = streams ? "RequestBody?" : "Data?"
        writer.block("\(access)func makeRequest(\(endpointParameter)) throws -> (request: HTTPRequest, body: \(bodyType))") { writer in
            if let template = hostTemplateExpression {
                writer.line("// The endpoint from the contract's host template and this request's host parameters.")
                writer.line("let endpoint = try endpoint ?? \(template).endpoint(\(hostValues(operation.parameters) { _ in "self." }))")
            }
            writer.line("var builder = RequestBuilder(method: .\(operation.method.lowercased()), endpoint: endpoint)")
            for segment in operation.path.segments {
                switch segment {
                case .literal(let text):
                    writer.line("builder.appendPath(\(CodeWriter.literal(text)))")
                case .parameter(let name):
                    guard let parameter = operation.parameters.first(where: { $0.location == .path && $0.wireName == name }) else { continue }
                    let skip = parameter.skipEncoding ? ", skipEncoding: true" : ""
                    var value = valueExpression(parameter)
                    if case .array = underlying(parameter.type) {
                        value += ".map(\\.parameterText).joined(separator: \(CodeWriter.literal(parameter.collectionSeparator ?? ",")))"
                    }
                    writer.line("builder.appendPathParameter(\(value)\(skip))")
                }
            }
            for parameter in operation.parameters where parameter.location == .query {
                emitOptional(parameter, into: &writer) { value in
                    if case .array = underlying(parameter.type) {
                        let separator = parameter.collectionSeparator.map(CodeWriter.literal) ?? "nil"
                        return "builder.addQuery(\(CodeWriter.literal(parameter.wireName)), \(value), separator: \(separator))"
                    }
                    let skip = parameter.skipEncoding ? ", skipEncoding: true" : ""
                    return "builder.addQuery(\(CodeWriter.literal(parameter.wireName)), \(value)\(skip))"
                }
            }
            for parameter in operation.parameters where parameter.location == .header && !parameter.isContentTypeChoice {
                emitOptional(parameter, into: &writer) { value in
                    if let prefix = parameter.headerCollectionPrefix {
                        return "builder.setHeaders(prefix: \(CodeWriter.literal(prefix)), \(value))"
                    }
                    if case .array = underlying(parameter.type) {
                        let separator = CodeWriter.literal(parameter.collectionSeparator ?? ",")
                        return "builder.setHeader(\(CodeWriter.literal(parameter.wireName)), \(value).map(\\.parameterText).joined(separator: \(separator)))"
                    }
                    return "builder.setHeader(\(CodeWriter.literal(parameter.wireName)), \(value))"
                }
            }
            writer.line("builder.setHeader(.accept, \(CodeWriter.literal(operation.accept)))")
            if let body = operation.parameters.first(where: { $0.location == .body }) {
                renderSetBody(body, operation, into: &writer)
            }
            if let encoding = operation.formEncoding {
                writer.line("var form = FormBody()")
                for parameter in operation.parameters where parameter.location == .formData {
                    emitOptional(parameter, into: &writer) { value in
                        let name = CodeWriter.literal(parameter.wireName)
                        if parameter.isFile {
                            if case .array = parameter.type { return "form.addFiles(\(name), \(value))" }
                            return "form.addFile(\(name), \(value))"
                        }
                        if case .array = underlying(parameter.type) {
                            return "form.add(\(name), \(value), separator: \(parameter.collectionSeparator.map(CodeWriter.literal) ?? "nil"))"
                        }
                        return "form.add(\(name), \(value))"
                    }
                }
                writer.line("builder.setFormBody(form, encoding: .\(encoding.rawValue))")
            }
            // `consume`: the builder is done; without it a debug build copies it (and the compiler
            // emits that copy's code in every operation's file) only to destroy the original.
            writer.line(streams ? "return (consume builder).buildStreaming()" : "return (consume builder).build()")
        }
    }

    /// The parameter's value in `makeRequest`: its stored property, or a constant's literal.
    private func valueExpression(_ parameter: ParameterDecl) -> String {
        guard let constant = parameter.constant else { return toWire("self." + Naming.escaped(parameter.swiftName), parameter.type) }
        return parameter.type == .string ? CodeWriter.literal(constant) : constant
    }

    /// Writes `statement` for a parameter, unwrapping it first when it is optional.
    private func emitOptional(_ parameter: ParameterDecl, into writer: inout CodeWriter, _ statement: (String) -> String) {
        let value = valueExpression(parameter)
        if parameter.isRequired || parameter.defaultValue != nil {
            writer.line(statement(value))
        } else {
            writer.block("if let value = self.\(Naming.escaped(parameter.swiftName))") { writer in writer.line(statement(toWire("value", parameter.type))) }
        }
    }

    private func renderResponse(_ operation: OperationDecl, into writer: inout CodeWriter) {
        var remarks: [String] = []
        if let errorBody = operation.errorBody {
            remarks.append("- Throws: `ServiceError`; `error.decodeBody(as: \(errorBody.rendered).self)` gives the typed error body.")
        }
        writer.doc("The documented answers; anything else (the `default` response included) throws `ServiceError`.", remarks: remarks)
        // Indirect: a response is built once and read, and a boxed payload spares the enum (and
        // everything holding it) copy code that expands the whole body model.
        let hasPayload = operation.responses.contains { $0.body != nil || !$0.headers.isEmpty }
        writer.block("\(access)\(hasPayload ? "indirect " : "")enum Response: OperationResponse") { writer in
            for response in operation.responses {
                writer.doc(response.doc)
                var payload: [String] = []
                if let body = response.body { payload.append(body.rendered) }
                if !response.headers.isEmpty { payload.append(response.headersTypeName) }
                writer.line("case \(response.caseName)" + (payload.isEmpty ? "" : "(\(payload.joined(separator: ", ")))"))
            }
            if !operation.responses.isEmpty { writer.line() }
            writer.block("\(access)init(response: HTTPResponse, body: Data) throws") { writer in
                writer.line("switch response.status.code {")
                for response in operation.responses {
                    writer.line(response.statusCode == ResponseDecl.anySuccess ? "case 200..<300:" : "case \(response.statusCode):")
                    var payload: [String] = []
                    if let body = response.body {
                            payload.append(responseBodyExpression(body, kind: response.bodyKind, xmlList: response.xmlList))
                    }
                    if !response.headers.isEmpty { payload.append("\(response.headersTypeName)(response.headerFields)") }
                    writer.line("    self = .\(response.caseName)" + (payload.isEmpty ? "" : "(\(payload.joined(separator: ", ")))"))
                }
                writer.line("default:")
                writer.line("    throw ServiceError.thrown(response: response, body: body, isDocumented: \(operation.hasDefaultResponse))")
                writer.line("}")
            }
            for response in operation.responses where !response.headers.isEmpty {
                writer.line()
                writer.doc("Headers of the \(response.statusCode == ResponseDecl.anySuccess ? "successful" : String(response.statusCode)) response.")
                if let shared = response.sharedHeadersTypeName {
                    writer.line("\(access)typealias \(response.headersTypeName) = \(shared)")
                } else {
                    writeHeadersStruct(named: response.headersTypeName, response.headers, into: &writer)
                }
            }
        }
    }

    /// `struct AcceptedHeaders: Hashable, Sendable { var location: URL?; init(_ fields: HTTPFields) }`
    func writeHeadersStruct(named name: String, _ headers: [ResponseHeaderDecl], into writer: inout CodeWriter) {
        writer.block("\(access)struct \(name): Hashable, Sendable") { writer in
            for header in headers {
                writer.doc(header.doc, remarks: ["`\(header.wireName)` header."])
                writer.line("\(access)var \(Naming.escaped(header.swiftName)): \(header.type.rendered)?")
            }
            writer.line()
            writer.block("\(access)init(_ fields: HTTPFields)") { writer in
                for header in headers {
                    writer.line("\(Naming.escaped(header.swiftName)) = \(headerReader(header))")
                }
            }
        }
    }

    /// `switch subject { case .ok(let body, _): return body … case .noContent: return nil }`
    func writeReturnBody(_ operation: OperationDecl, switchingOn subject: String, into writer: inout CodeWriter) {
        writer.line("switch \(subject) {")
        for response in operation.responses {
            if response.body != nil {
                writer.line("case .\(response.caseName)(let body\(response.headers.isEmpty ? "" : ", _")): return body")
            } else {
                writer.line("case .\(response.caseName): return nil")
            }
        }
        writer.line("}")
    }

    private func headerReader(_ header: ResponseHeaderDecl) -> String {
        if let prefix = header.collectionPrefix {
            return "ResponseDecoding.prefixedHeaders(\(CodeWriter.literal(prefix)), in: fields)"
        }
        let name = CodeWriter.literal(header.wireName)
        let text = "ResponseDecoding.header(\(name), in: fields)"
        switch underlying(header.type) {
        case .int, .int32, .int64:
            return "ResponseDecoding.integerHeader(\(name), in: fields, as: \(underlying(header.type).rendered).self)"
        case .url: return "ResponseDecoding.urlHeader(\(name), in: fields)"
        case .date: return "ResponseDecoding.dateHeader(\(name), in: fields)"
        case .civilDate, .duration:
            return "ResponseDecoding.header(\(name), in: fields, as: \(underlying(header.type).rendered).self)"
        case .rfc1123Date, .unixTime, .base64URL:
            return fromWire("ResponseDecoding.header(\(name), in: fields, as: \(wireType(header.type) ?? "").self)?", header.type)
        case .double: return "\(text).flatMap { Double($0) }"
        case .float: return "\(text).flatMap { Float($0) }"
        case .bool: return "\(text).map { $0.lowercased() == \"true\" }"
        case .data: return "\(text).flatMap { Data(base64Encoded: $0) }"
        case .named(let enumName, .enumeration):
            guard case .enumeration(let enumeration)? = typesByName[enumName], enumeration.rawType != "String" else {
                return "\(text).flatMap { \(enumName)(rawValue: $0) }"
            }
            return "\(text).flatMap { \(enumeration.rawType)($0) }.flatMap { \(enumName)(rawValue: $0) }"
        default: return text
        }
    }
}
