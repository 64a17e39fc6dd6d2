import Foundation
import SpecGenValues

/// The example conformance test target: for every `x-ms-examples` entry of every operation (a file,
/// or an example written in the contract), a case that builds the request from the example's
/// parameters and decodes its responses. The cases run on `SpecGenTesting`'s harness.
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

    /// An internal module's API is reached from its example tests through `@testable import`.
    private var moduleImport: String { module.access == .internal ? "@testable import \(module.name)" : module.name }

    public func render() -> [GeneratedFile] {
        var jobs: [@Sendable () -> GeneratedFile] = [renderMain]
        if let liveSpecPaths { jobs.append { renderLive(liveSpecPaths) } }
        for group in module.groups where group.operations.contains(where: { !$0.examples.isEmpty }) {
            jobs.append { renderer.file("\(group.name)Examples.swift", imports: ["Foundation", moduleImport, "SpecGenRuntime", "SpecGenTesting"], body: renderGroup(group)) }
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
        return renderer.file("ExampleConformanceTests.swift", imports: ["Foundation", "SpecGenTesting", "Testing"], body: writer.text)
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
        return renderer.file("LiveExampleTests.swift", imports: ["Foundation", "SpecGenMock", "SpecGenRuntime", "SpecGenTesting", "Testing"], body: writer.text)
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

    // Lines inside the catalog's array literal: the case, its arguments, closure bodies.
    private static let caseIndent = "    ", argumentIndent = "        ", bodyIndent = "            "

    private func renderCase(_ example: ExampleRef, operation: OperationDecl, group: OperationGroupDecl, into writer: inout CodeWriter) {
        let typeName = "\(group.name).\(operation.typeName)"
        let body = operation.parameters.first { $0.location == .body }
        let declared = operation.parameters.map { CodeWriter.literal($0.wireName) }
        let (open, argument, inner) = (Self.caseIndent, Self.argumentIndent, Self.bodyIndent)
        writer.line(open + "ExampleCase(")
        writer.line(argument + "operationId: \(CodeWriter.literal(operation.operationId)),")
        writer.line(argument + "title: \(CodeWriter.literal(example.title)),")
        if let inline = example.inline {
            writer.rawStringArgument(argument + "source: .inline(", Self.jsonText(inline), close: "),", contentIndent: inner)
        } else {
            writer.line(argument + "source: .file(\(CodeWriter.literal(relativePath(example.path)))),")
        }
        writer.line(argument + "method: \(CodeWriter.literal(operation.method)),")
        writer.line(argument + "pathTemplate: \(renderer.serviceTypeName).endpoint.path + \(typeName).pathTemplate,")
        writer.line(argument + "queryParameters: [\(queryParameters(operation).joined(separator: ", "))],")
        writer.line(argument + "bodyParameter: \(body.map { CodeWriter.literal($0.wireName) } ?? "nil"),")
        writer.line(argument + "declaredParameters: [\(declared.joined(separator: ", "))],")
        let verbatim = operation.parameters.filter { $0.location == .path && $0.skipEncoding }.map { CodeWriter.literal($0.wireName) }
        if !verbatim.isEmpty {
            writer.line(argument + "verbatimParameters: [\(verbatim.joined(separator: ", "))],")
        }
        let result = operation.clientReturn
        writer.line(argument + "isLongRunning: \(operation.isLongRunning),")
        if case .paged = result {
            writer.line(argument + "pagedItems: \(CodeWriter.literal(operation.itemName ?? "value")),")
        } else if case .pagedLongRunning = result {
            writer.line(argument + "pagedItems: \(CodeWriter.literal(operation.itemName ?? "value")),")
        }
        if let kind = operation.responses.first(where: { $0.body != nil && $0.bodyKind != .json })?.bodyKind {
            writer.line(argument + "responseMediaType: \(CodeWriter.literal(kind.rawValue)),")
        }
        writer.line(argument + "run: { example in")
        let arguments = renderer.initializerOrder(operation).map { parameter -> String in
            let accessor = parameter.isRequired || parameter.defaultValue != nil ? "parameter" : "optionalParameter"
            return inner + "    \(Naming.escaped(parameter.swiftName)): example.\(accessor)(\(CodeWriter.literal(parameter.wireName)))"
        }
        if arguments.isEmpty {
            writer.line(inner + "let operation = try \(typeName)()")
        } else {
            writer.line(inner + "let operation = try \(typeName)(")
            for (index, argument) in arguments.enumerated() {
                writer.line(argument + (index == arguments.count - 1 ? ")" : ","))
            }
        }
        renderVerify(operation, typeName: typeName, into: &writer)
        // The mock answers examples as JSON: an operation that sends or answers another media type is
        // checked offline only (its report notes the bodies it could not compare, and why).
        let jsonOnly = !operation.bodyMediaTypes.contains { $0.kind != .json }
            && !operation.responses.contains { $0.body != nil && $0.bodyKind != .json } && operation.formEncoding == nil
        writer.line(argument + "}" + (jsonOnly ? "," : ""))
        if jsonOnly { renderLiveCall(operation, group: group, result: result, into: &writer) }
        writer.line(open + "),")
    }

    /// `.scalar("name")`, or `.array("name", separator: ",")` with the parameter's collectionFormat
    /// (`separator: nil` for multi, which repeats the parameter).
    private func queryParameters(_ operation: OperationDecl) -> [String] {
        operation.parameters.filter { $0.location == .query }.map { parameter in
            let name = CodeWriter.literal(parameter.wireName)
            guard case .array = renderer.underlying(parameter.type) else { return ".scalar(\(name))" }
            return ".array(\(name), separator: \(parameter.collectionSeparator.map(CodeWriter.literal) ?? "nil"))"
        }
    }

    /// The harness decodes each example response as the operation's `Response` and takes the body
    /// out with a switch written here (the generated module has no type-erased accessor for it).
    /// An operation that documents only `default` has a `success` answer in that schema (lowering).
    private func renderVerify(_ operation: OperationDecl, typeName: String, into writer: inout CodeWriter) {
        let inner = Self.bodyIndent
        let verify = "try example.verify(request: operation.makeRequest(), "
        if operation.responses.isEmpty {
            writer.line(inner + verify + "responses: \(typeName).Response.self) { _ in nil }")
        } else {
            writer.line(inner + verify + "responses: \(typeName).Response.self) { response in")
            for line in bodySwitch(operation, subject: "response", returning: { $0 }) { writer.line(inner + "    " + line) }
            writer.line(inner + "}")
        }
    }

    /// `switch subject {`, a `case` per documented response returning `value(body)` (or nil when
    /// it has no body), `}`.
    private func bodySwitch(_ operation: OperationDecl, subject: String, returning value: (String) -> String) -> [String] {
        var lines = ["switch \(subject) {"]
        for response in operation.responses {
            if response.body != nil {
                lines.append("case .\(response.caseName)(let body\(response.headers.isEmpty ? "" : ", _")): return \(value("body"))")
            } else {
                lines.append("case .\(response.caseName): return nil")
            }
        }
        return lines + ["}"]
    }

    /// The closure that calls the generated client with the example's parameters.
    private func renderLiveCall(_ operation: OperationDecl, group: OperationGroupDecl, result: ClientReturn, into writer: inout CodeWriter) {
        let (argument, inner) = (Self.argumentIndent, Self.bodyIndent)
        let declared = Set(operation.parameters.map(\.wireName))
        let clientArguments = renderer.clientArguments(
            keyCredential: "context.keyCredential",
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
        writer.line(argument + "live: { example, context in")
        writer.line(inner + "let client = try \(renderer.clientTypeName)(\(clientArguments.joined(separator: ", ")))")
        switch result {
        case .paged:
            writer.line(inner + "return try await example.result(collecting: \(call))")
        case .pagedLongRunning:
            writer.line(inner + "return try await example.result(collecting: \(call).pollUntilDone())")
        case .longRunning(let type):
            if type == nil {
                writer.line(inner + "_ = try await \(call).pollUntilDone()")
                writer.line(inner + "return nil")
            } else {
                writer.line(inner + "return try await example.result(\(call).pollUntilDone())")
            }
        case .value:
            writer.line(inner + "return try await example.result(\(call))")
        case .exists, .headers:
            writer.line(inner + "_ = try await \(call)")
            writer.line(inner + "return nil")
        case .response:
            for line in bodySwitch(operation, subject: "try await \(call)", returning: { "try example.result(\($0))" }) {
                writer.line(inner + line)
            }
        case .none:
            writer.line(inner + "try await \(call)")
            writer.line(inner + "return nil")
        }
        writer.line(argument + "}")
    }

    /// An inline example as pretty-printed JSON with sorted keys, so regenerating gives the same bytes.
    private static func jsonText(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
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
