/// The client: one type for the module (credentials, endpoint, client parameters) and one per
/// operation group, with an async method per operation built on the request builders.
extension ModuleRenderer {
    var clientTypeName: String { module.clientTypeName }

    /// The root client's initializer arguments in order, each with the expression that fills it.
    /// A module with a host template takes its host parameters instead of an endpoint.
    func clientArguments(keyCredential: String, value: (ParameterDecl) -> String, credential: String, endpoint: String, transport: String, options: String) -> [String] {
        let asked = { (parameter: ParameterDecl) in parameter.isRequired && parameter.defaultValue == nil }
        var arguments = module.clientParameters.filter(asked).map { "\(Naming.escaped($0.swiftName)): \(value($0))" }
        if module.apiKeyHeader != nil { arguments.append("keyCredential: \(keyCredential)") }
        arguments += ["credential: \(credential)"] + (module.hostTemplate == nil ? ["endpoint: \(endpoint)"] : [])
        arguments += module.clientParameters.filter { !asked($0) }.map { "\(Naming.escaped($0.swiftName)): \(value($0))" }
        arguments += ["transport: \(transport)", "options: \(options)"]
        return arguments
    }

    func clientFileJobs() -> [@Sendable () -> GeneratedFile] {
        var jobs: [@Sendable () -> GeneratedFile] = [{ file("Client/\(clientTypeName).swift", imports: ["Foundation", "SpecGenRuntime"], body: renderRootClient()) }]
        for group in module.groups {
            jobs.append { file("Client/\(group.clientTypeName).swift", imports: ["Foundation", "HTTPTypes", "SpecGenRuntime"], body: renderGroupClient(group)) }
        }
        return jobs
    }

    private func renderRootClient() -> String {
        var writer = CodeWriter()
        writer.doc("A client for \(module.title) (api-version: `\(serviceTypeName).apiVersion`): authenticates, retries, polls long-running operations and pages through lists. One property per operation group.")
        // A class: each group client (`client.servers`) holds a reference to it, so their copy and
        // destroy code is the runtime's shared one instead of a copy of every member per group.
        writer.block("\(access)final class \(clientTypeName): Sendable") { writer in
            for parameter in module.clientParameters {
                writer.doc(parameter.doc)
                let optional = !parameter.isRequired && parameter.defaultValue == nil
                writer.line("\(access)let \(Naming.escaped(parameter.swiftName)): \(parameter.type.rendered)\(optional ? "?" : "")")
            }
            writer.doc("The pipeline every request goes through.")
            writer.line("\(access)let service: ServiceClient")
            writer.line()
            let arguments = clientArguments(
                keyCredential: "KeyCredential",
                value: typeAndDefault,
                credential: module.requiresCredential ? "any TokenCredential" : "(any TokenCredential)? = nil",
                endpoint: "URL = \(serviceTypeName).endpoint",
                transport: "any HTTPTransport = URLSessionTransport()", options: "ClientOptions = ClientOptions()")
            // With a host template held by the client, the endpoint is known (or invalid) at creation.
            let hostParameters = module.groups.first?.operations.first?.parameters.filter { $0.location == .host } ?? []
            let endpointKnown = module.hostTemplate != nil && hostParameters.allSatisfy(\.isClientParameter)
            writer.doc("Creates a client; nothing is sent until an operation is called.",
                       remarks: endpointKnown ? ["- Throws: `InvalidEndpointError` when the host parameters do not form a URL."] : [])
            writer.block("\(access)init(\(arguments.joined(separator: ", ")))\(endpointKnown ? " throws" : "")") { writer in
                for parameter in module.clientParameters {
                    writer.line("self.\(Naming.escaped(parameter.swiftName)) = \(Naming.escaped(parameter.swiftName))")
                }
                var endpoint = "endpoint"
                if let template = hostTemplateExpression {
                    // Host parameters the methods take leave the host open until a call: the token then goes
                    // only to the contract's own host (or hosts allowed in ClientOptions).
                    endpoint = endpointKnown
                        ? "try \(template).endpoint(\(hostValues(hostParameters) { _ in "" })).url" : "\(serviceTypeName).endpoint"
                }
                let key = module.apiKeyHeader.map { ", keyAuthorization: KeyAuthorization(credential: keyCredential, headerName: \(CodeWriter.literal($0)))" } ?? ""
                writer.line("service = ServiceClient(endpoint: \(endpoint), credential: credential, scopes: \(serviceTypeName).scopes\(key), transport: transport, options: options, module: \(CodeWriter.literal(module.name)))")
            }
            for group in module.groups {
                writer.line()
                writer.doc("The `\(group.name)` operations.")
                let name = group.clientTypeName
                writer.line("\(access)var \(Naming.escaped(group.accessorName)): \(name) { \(name)(client: self) }")
            }
        }
        return writer.text
    }

    private func renderGroupClient(_ group: OperationGroupDecl) -> String {
        var writer = CodeWriter()
        let name = group.clientTypeName
        writer.doc("Calls the `\(group.name)` operations through a `\(clientTypeName)`.")
        writer.block("\(access)struct \(name): Sendable") { writer in
            writer.line("let client: \(clientTypeName)")
            for operation in group.operations {
                writer.line()
                renderClientMethod(operation, group: group, into: &writer)
                renderStreamingDownload(operation, group: group, into: &writer)
            }
        }
        return writer.text
    }

    private func renderClientMethod(_ operation: OperationDecl, group: OperationGroupDecl, into writer: inout CodeWriter) {
        let initializer = initializerArguments(operation)
        let arguments = initializer.filter { if case .parameter(let parameter) = $0 { return !parameter.isClientParameter } else { return true } }
            .map(argumentDeclaration) + ["requestOptions: RequestOptions? = nil"]
        // Names the call in spans and logs; carries the caller's options to every request of it.
        let call = "CallContext(operation: \(CodeWriter.literal("\(module.name).\(group.name).\(operation.methodName)")), options: requestOptions)"
        let construction = "try \(group.name).\(operation.typeName)(" + initializer.map { argument in
            let label = Naming.escaped(argument.label)
            if case .parameter(let parameter) = argument, parameter.isClientParameter { return "\(label): client.\(label)" }
            return "\(label): \(label)"
        }.joined(separator: ", ") + ")"
        let method = Naming.escaped(operation.methodName)
        let signature = "\(access)func \(method)(\(arguments.joined(separator: ", ")))"
        var remarks = ["`\(operation.method) \(operation.pathTemplate)` (`\(operation.operationId)`)."]
        let request = module.hostTemplate == nil ? "operation.makeRequest(endpoint: client.service.requestEndpoint)" : "operation.makeRequest()"
        let perform = "try await client.service.perform(\(request), as: \(group.name).\(operation.typeName).Response.self, call: \(call))"

        switch operation.clientReturn {
        case .paged(let paged):
            remarks.append("- Returns: the items of every page, fetched as iteration reaches them.")
            writer.doc(operation.doc, remarks: remarks)
            writer.block("\(signature) -> PagedSequence<\(paged.element.rendered)>") { writer in
                writer.line("let client = self.client")
                writer.line("return PagedSequence(client: client.service, apiVersion: \(apiVersionExpression(operation)), call: \(call), firstRequest: {")
                writer.line("    \(construction).\(request.dropFirst("operation.".count))")
                let reading = pageReading(paged, after: operation, request: request)
                writer.line("}, " + reading[0])
                for line in reading.dropFirst() { writer.line(line) }
            }
        case .pagedLongRunning(let paged):
            remarks.append("- Returns: the started operation; `pollUntilDone()` gives the items of every page, the first its final answer.")
            writer.doc(operation.doc, remarks: remarks)
            writer.block("\(signature) async throws -> PagedLongRunningOperation<\(paged.element.rendered)>") { writer in
                writer.line("let client = self.client")
                writer.line("let operation = \(construction)")
                let via = operation.finalStateVia.map(CodeWriter.literal) ?? "nil"
                let reading = pageReading(paged, after: operation, request: request)
                writer.line("return try await PagedLongRunningOperation.begin(\(request), finalStateVia: \(via), client: client.service, apiVersion: \(apiVersionExpression(operation)), call: \(call), " + reading[0])
                for line in reading.dropFirst() { writer.line(line) }
            }
        case .longRunning(let result):
            let resultType = result?.rendered ?? "NoContent"
            remarks.append("- Returns: the started operation; `pollUntilDone()` gives its \(result == nil ? "end" : "`\(resultType)`").")
            writer.doc(operation.doc, remarks: remarks)
            writer.block("\(signature) async throws -> LongRunningOperation<\(resultType)>") { writer in
                writer.line("let operation = \(construction)")
                let via = operation.finalStateVia.map(CodeWriter.literal) ?? "nil"
                writer.line("return try await LongRunningOperation.begin(\(request), finalStateVia: \(via), client: client.service, call: \(call))")
            }
        case .exists(let notFoundCase):
            remarks.append("- Returns: whether the resource exists (false on 404).")
            writer.doc(operation.doc, remarks: remarks)
            writer.block("\(signature) async throws -> Bool") { writer in
                writer.line("let operation = \(construction)")
                writer.line("if case .\(notFoundCase) = \(perform) { return false }")
                writer.line("return true")
            }
        case .headers(let caseName, let typeName, let optional):
            remarks.append("- Returns: the headers the service answered with.")
            writer.doc(operation.doc, remarks: remarks)
            let type = "\(group.name).\(operation.typeName).Response.\(typeName)"
            writer.block("\(signature) async throws -> \(type)\(optional ? "?" : "")") { writer in
                writer.line("let operation = \(construction)")
                if optional {
                    writer.line("if case .\(caseName)(let headers) = \(perform) { return headers }")
                    writer.line("return nil")
                } else {
                    writer.line("switch \(perform) {")
                    writer.line("case .\(caseName)(let headers): return headers")
                    writer.line("}")
                }
            }
        case .none:
            writer.doc(operation.doc, remarks: remarks)
            writer.block("\(signature) async throws") { writer in
                writer.line("let operation = \(construction)")
                writer.line("_ = \(perform)")
            }
        case .response:
            writer.doc(operation.doc, remarks: remarks)
            writer.block("\(signature) async throws -> \(group.name).\(operation.typeName).Response") { writer in
                writer.line("let operation = \(construction)")
                writer.line("return \(perform)")
            }
        case .value(let type, let optional):
            writer.doc(operation.doc, remarks: remarks)
            writer.block("\(signature) async throws -> \(type.rendered)\(optional ? "?" : "")") { writer in
                writer.line("let operation = \(construction)")
                writer.line("let response = \(perform)")
                writeReturnBody(operation, switchingOn: "response", into: &writer)
            }
        }
    }

    /// The closures that end a pager's initializer, as lines (the first to follow the argument
    /// before it): the next page's request (when the contract names a next-page operation) and
    /// how a page's items and next link are read.
    private func pageReading(_ paged: PagedReturn, after operation: OperationDecl, request: String) -> [String] {
        var lines: [String] = []
        if let next = paged.next {
            lines.append("nextRequest: { nextPageLink in")
            lines.append("    \(nextPageConstruction(next, after: operation)).\(request.dropFirst("operation.".count))")
        }
        lines.append((lines.isEmpty ? "" : "}, ") + "decodePage: { response, data in")
        lines.append("    let page = try ResponseDecoding.body(\(paged.page.rendered).self, from: data, response: response)")
        let itemsExpression = "page." + Naming.escaped(paged.items.swiftName) + (paged.items.isOptional ? " ?? []" : "")
        let nextExpression = paged.nextLink.map { "page." + Naming.escaped($0.swiftName) } ?? "nil"
        lines.append("    return (\(itemsExpression), \(nextExpression))")
        lines.append("})")
        return lines
    }

    /// The next-page operation's builder, its arguments filled from the first call's arguments of the
    /// same label, the client's parameters and the next link; any other it leaves at its default.
    private func nextPageConstruction(_ next: NextPageOperation, after operation: OperationDecl) -> String {
        let firstLabels = Set(initializerArguments(operation).map(\.label))
        let arguments = initializerArguments(next.operation).compactMap { argument -> String? in
            let label = Naming.escaped(argument.label)
            if case .parameter(let parameter) = argument {
                if parameter.swiftName == next.nextLinkParameter { return "\(label): nextPageLink" }
                if parameter.isClientParameter { return "\(label): client.\(label)" }
            }
            return firstLabels.contains(argument.label) ? "\(label): \(label)" : nil
        }
        return "try \(next.groupName).\(next.operation.typeName)(" + arguments.joined(separator: ", ") + ")"
    }

    /// The api-version next links are sent with: the operation's, else the client's when the
    /// module's operations send one (a next link the service forgot it on still needs it), else none.
    private func apiVersionExpression(_ operation: OperationDecl) -> String {
        let isAPIVersion = { (parameter: ParameterDecl) in parameter.wireName == "api-version" && parameter.location == .query }
        if let parameter = operation.parameters.first(where: isAPIVersion) {
            if let constant = parameter.constant { return CodeWriter.literal(constant) }
            return parameter.isClientParameter ? "client." + Naming.escaped(parameter.swiftName) : Naming.escaped(parameter.swiftName)
        }
        if let held = module.clientParameters.first(where: isAPIVersion) { return "client." + Naming.escaped(held.swiftName) }
        let sendsOne = module.groups.contains { $0.operations.contains { $0.parameters.contains(where: isAPIVersion) } }
        return sendsOne ? serviceTypeName + ".apiVersion" : "nil"
    }
}
