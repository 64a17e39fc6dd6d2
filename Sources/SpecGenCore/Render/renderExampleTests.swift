import Foundation

/// The example conformance test target: for every `x-ms-examples` file of every operation, a case
/// that builds the request from the example's parameters and decodes its responses.
public struct ExampleTestRenderer {
    let module: SwiftModule
    let renderer: ModuleRenderer
    /// Absolute path of the folder the test files go to (example paths are written relative to it).
    let testDirectory: String

    public init(module: SwiftModule, testDirectory: String) {
        self.module = module
        renderer = ModuleRenderer(module: module)
        self.testDirectory = URL(fileURLWithPath: testDirectory).standardizedFileURL.path
    }

    public func render() -> [GeneratedFile] {
        var files = [renderMain()]
        for group in module.groups where group.operations.contains(where: { !$0.examples.isEmpty }) {
            files.append(renderer.file("\(group.name)Examples.swift",
                                       imports: ["Foundation", module.name, "SpecGenRuntime"], body: renderGroup(group)))
        }
        return files
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
        writer.line("    pathTemplate: \(typeName).pathTemplate,")
        writer.line("    queryParameters: [\(query.joined(separator: ", "))],")
        writer.line("    bodyParameter: \(body.map { CodeWriter.literal($0.wireName) } ?? "nil"),")
        writer.line("    declaredParameters: [\(declared.joined(separator: ", "))]")
        writer.line(") { example in")
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
