import Foundation

/// The example conformance test target: for every `x-ms-examples` file of every operation, a case
/// that builds the request from the example's parameters and decodes its responses.
public struct ExampleTestRenderer: Sendable {
    let module: SwiftModule
    let renderer: ModuleRenderer
    /// Absolute path of the folder the test files go to (example paths are written relative to it).
    let testDirectory: String

    /// Contract files to serve with specgen-mock for live checks; nil: no live test.
    let liveSpecPaths: [String]?

    public init(module: SwiftModule, testDirectory: String, liveSpecPaths: [String]? = nil) {
        self.module = module
        renderer = ModuleRenderer(module: module)
        self.testDirectory = URL(fileURLWithPath: testDirectory).standardizedFileURL.path
        self.liveSpecPaths = liveSpecPaths
    }

    public func render() -> [GeneratedFile] {
        var jobs: [@Sendable () -> GeneratedFile] = [renderMain]
        if let liveSpecPaths { jobs.append { renderLive(liveSpecPaths) } }
        for group in module.groups where group.operations.contains(where: { !$0.examples.isEmpty }) {
            jobs.append { renderer.file("\(group.name)Examples.swift", imports: ["Foundation", module.name, "SpecGenRuntime"], body: renderGroup(group)) }
        }
        return ModuleRenderer.run(jobs)
    }

    private var catalogMembers: [String] {
        module.groups.filter { $0.operations.contains { !$0.examples.isEmpty } }.map { Naming.memberName($0.name) }
    }

    private func renderMain() -> GeneratedFile {
        var writer = CodeWriter()
        writer.doc("Every example the contract references, by operation group.")
        writer.block("enum ExampleCatalog") { writer in
            writer.line("static let all: [ExampleCase] = [")
            for member in catalogMembers { writer.line("    \(Naming.escaped(member)),") }
            writer.line("].flatMap { $0 }")
        }
        writer.line()
        writer.doc("Builds each example's request with the generated builder and decodes each of its responses.")
        writer.block("@Test func examplesConformToTheContract() throws") { writer in
            writer.line("let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()")
            writer.line("let report = ExampleConformance.run(ExampleCatalog.all, relativeTo: directory)")
            writer.line("for note in report.notes { print(note) }")
            writer.line("print(report.summary)")
            writer.block("for failure in report.failures") { writer in
                writer.line("Issue.record(\"\\(failure)\")")
            }
            writer.line("#expect(report.examples > 0, \"no example file was found next to the contract\")")
        }
        return renderer.file("ExampleConformanceTests.swift", imports: ["Foundation", "SpecGenRuntime", "Testing"], body: writer.text)
    }

    /// A test that serves the contract with specgen-mock on 127.0.0.1 and calls the generated
    /// client for every example over URLSession.
    private func renderLive(_ specPaths: [String]) -> GeneratedFile {
        var writer = CodeWriter()
        writer.doc("Every example through the generated client, over HTTP, against specgen-mock on an ephemeral port.")
        writer.block("@Test func examplesRoundTripThroughTheClientAndTheMockServer() async throws") { writer in
            writer.line("let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()")
            let paths = specPaths.map { CodeWriter.literal(relativePath($0)) }.joined(separator: ", ")
            writer.line("let specs = [\(paths)].map { directory.appendingPathComponent($0).standardizedFileURL.path }")
            writer.line("// Lists come back one item per page, so every pageable example walks its nextLinks.")
            writer.line("let mock = try MockService.load(specPaths: specs, options: MockService.Options(pollsBeforeDone: 1, retryAfter: 0, pageSize: 1, log: { _ in }))")
            writer.line("let server = try await mock.start()")
            writer.line("let context = LiveExampleContext(endpoint: server.baseURL, credential: StaticTokenCredential(token: \"example-token\"))")
            writer.line("let report = await ExampleConformance.runLive(ExampleCatalog.all, relativeTo: directory, context: context)")
            writer.line("await server.stop()")
            writer.line("print(report.liveSummary)")
            writer.block("for failure in report.failures") { writer in
                writer.line("Issue.record(\"\\(failure)\")")
            }
            writer.line("#expect(report.examples > 0, \"no example file was found next to the contract\")")
        }
        return renderer.file("LiveExampleTests.swift", imports: ["Foundation", "SpecGenMock", "SpecGenRuntime", "Testing"], body: writer.text)
    }

    private func renderGroup(_ group: OperationGroupDecl) -> String {
        var writer = CodeWriter()
        writer.block("extension ExampleCatalog") { writer in
            writer.line("static let \(Naming.escaped(Naming.memberName(group.name))): [ExampleCase] = [")
            for operation in group.operations {
                for example in operation.examples {
                    renderCase(example, operation: operation, group: group, into: &writer)
                }
            }
            writer.line("]")
        }
        return writer.text
    }

    private func renderCase(_ example: ExampleRef, operation: OperationDecl, group: OperationGroupDecl, into writer: inout CodeWriter) {
        let typeName = "\(group.name).\(operation.typeName)"
        let body = operation.parameters.first { $0.location == .body }
        let query = operation.parameters.filter { $0.location == .query }.map { CodeWriter.literal($0.wireName) }
        let declared = operation.parameters.map { CodeWriter.literal($0.wireName) }
        writer.line("ExampleCase(")
        writer.line("    operationId: \(CodeWriter.literal(operation.operationId)),")
        writer.line("    title: \(CodeWriter.literal(example.title)),")
        writer.line("    file: \(CodeWriter.literal(relativePath(example.path))),")
        writer.line("    method: \(CodeWriter.literal(operation.method)),")
        writer.line("    pathTemplate: \(renderer.serviceTypeName).endpoint.path + \(typeName).pathTemplate,")
        writer.line("    queryParameters: [\(query.joined(separator: ", "))],")
        writer.line("    bodyParameter: \(body.map { CodeWriter.literal($0.wireName) } ?? "nil"),")
        writer.line("    declaredParameters: [\(declared.joined(separator: ", "))],")
        let verbatim = operation.parameters.filter { $0.location == .path && $0.skipEncoding }.map { CodeWriter.literal($0.wireName) }
        if !verbatim.isEmpty {
            writer.line("    verbatimParameters: [\(verbatim.joined(separator: ", "))],")
        }
        let result = operation.clientReturn
        writer.line("    isLongRunning: \(operation.isLongRunning),")
        if case .paged = result {
            writer.line("    pagedItems: \(CodeWriter.literal(operation.itemName ?? "value")),")
        }
        writer.line("    run: { example in")
        let arguments = renderer.initializerOrder(operation).map { parameter -> String in
            let accessor = parameter.isRequired || parameter.defaultValue != nil ? "parameter" : "optionalParameter"
            return "        \(Naming.escaped(parameter.swiftName)): example.\(accessor)(\(CodeWriter.literal(parameter.wireName)))"
        }
        if arguments.isEmpty {
            writer.line("    let operation = try \(typeName)()")
        } else {
            writer.line("    let operation = try \(typeName)(")
            for (index, argument) in arguments.enumerated() {
                writer.line(argument + (index == arguments.count - 1 ? ")" : ","))
            }
        }
        writer.line("    try example.verify(request: operation.makeRequest(), responses: \(typeName).Response.self)")
        writer.line("},")
        renderLiveCall(operation, group: group, result: result, into: &writer)
        writer.line("),")
    }

    /// The closure that calls the generated client with the example's parameters.
    private func renderLiveCall(_ operation: OperationDecl, group: OperationGroupDecl, result: ClientReturn, into writer: inout CodeWriter) {
        let declared = Set(operation.parameters.map(\.wireName))
        let clientArguments = renderer.clientArguments(
            value: { parameter in
                let wire = CodeWriter.literal(parameter.wireName)
                if let fallback = parameter.defaultValue { return "example.optionalParameter(\(wire)) ?? " + renderer.defaultExpression(fallback) }
                if declared.contains(parameter.wireName) { return "example.parameter(\(wire))" }
                return "example.optionalParameter(\(wire)) ?? \"\""
            },
            credential: "context.credential", endpoint: "context.endpoint", transport: "context.transport", options: "context.options")
        let methodArguments = renderer.initializerOrder(operation).filter { !$0.isClientParameter }.map { parameter -> String in
            let accessor = parameter.isRequired || parameter.defaultValue != nil ? "parameter" : "optionalParameter"
            return "\(Naming.escaped(parameter.swiftName)): example.\(accessor)(\(CodeWriter.literal(parameter.wireName)))"
        }
        let call = "client.\(Naming.escaped(group.accessorName)).\(Naming.escaped(operation.methodName))(\(methodArguments.joined(separator: ", ")))"
        writer.line("live: { example, context in")
        writer.line("    let client = try \(renderer.clientTypeName)(\(clientArguments.joined(separator: ", ")))")
        switch result {
        case .paged:
            writer.line("    return try await example.json(collecting: \(call))")
        case .longRunning(let type):
            if type == nil {
                writer.line("    _ = try await \(call).pollUntilDone()")
                writer.line("    return nil")
            } else {
                writer.line("    return try await example.json(\(call).pollUntilDone())")
            }
        case .value:
            writer.line("    return try await example.json(\(call))")
        case .exists:
            writer.line("    _ = try await \(call)")
            writer.line("    return nil")
        case .response:
            writer.line("    return try await example.json(body: \(call).decodedBody)")
        case .none:
            writer.line("    try await \(call)")
            writer.line("    return nil")
        }
        writer.line("}")
    }

    /// `example.path` relative to the test folder, so the test finds it from `#filePath`.
    private func relativePath(_ path: String) -> String {
        let from = testDirectory.split(separator: "/")
        let to = path.split(separator: "/")
        var common = 0
        while common < min(from.count, to.count) && from[common] == to[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)).joined(separator: "/")
    }
}
