/// Beside a client method whose answer is bytes, one that hands the bytes on as they arrive
/// (`getFileStream()`), so that a large download never sits whole in memory.
extension ModuleRenderer {
    func renderStreamingDownload(_ operation: OperationDecl, group: OperationGroupDecl, into writer: inout CodeWriter) {
        let statuses = operation.streamedStatuses
        guard !statuses.isEmpty, let method = operation.streamingMethodName else { return }
        let initializer = initializerArguments(operation)
        let arguments = initializer.filter { if case .parameter(let parameter) = $0 { return !parameter.isClientParameter } else { return true } }
            .map(argumentDeclaration) + ["requestOptions: RequestOptions? = nil"]
        let call = "CallContext(operation: \(CodeWriter.literal("\(module.name).\(group.name).\(method)")), options: requestOptions)"
        let construction = "try \(group.name).\(operation.typeName)(" + initializer.map { argument in
            let label = Naming.escaped(argument.label)
            if case .parameter(let parameter) = argument, parameter.isClientParameter { return "\(label): client.\(label)" }
            return "\(label): \(label)"
        }.joined(separator: ", ") + ")"
        let request = module.hostTemplate == nil ? "operation.makeRequest(endpoint: client.service.requestEndpoint)" : "operation.makeRequest()"
        writer.line()
        writer.doc(operation.doc, remarks: [
            "`\(operation.method) \(operation.pathTemplate)` (`\(operation.operationId)`), the answer's bytes as they arrive.",
            "- Returns: the body, to iterate once (or `collect()`, `write(to:)`); another documented answer gives an empty stream.",
            "- Throws: `ServiceError` for an answer the contract does not document as success.",
        ])
        writer.block("\(access)func \(Naming.escaped(method))(\(arguments.joined(separator: ", "))) async throws -> ResponseBodyStream") { writer in
            writer.line("let operation = \(construction)")
            let set = statuses.map(String.init).joined(separator: ", ")
            writer.line("return try await client.service.download(\(request), as: \(group.name).\(operation.typeName).Response.self, streaming: [\(set)], call: \(call))")
        }
    }
}
