import Foundation
import SpecGenRuntime
@testable import SpecGenTesting
import Testing

/// An example comes from a file next to the contract or is written in the contract itself; both
/// are checked the same way.
@Suite struct ExampleSourceTests {
    private static let example = #"{"parameters": {"name": "w"}, "responses": {"200": {"body": {"name": "w", "size": 2}}}}"#

    private static let putWidget: @Sendable (ExampleRun) throws -> Void = { example in
        try example.verify(request: putWidgetRequest(name: example.parameter("name")), responses: PutWidgetResponse.self, body: PutWidgetResponse.body)
    }

    private func fileCase(_ path: String) -> ExampleCase {
        ExampleCase(operationId: "Widgets_Put", title: "From a file", source: .file(path), method: "PUT", pathTemplate: "/widgets/{name}",
                    queryParameters: [], bodyParameter: nil, declaredParameters: ["name"], run: Self.putWidget)
    }

    @Test func anInlineExampleIsChecked() {
        let report = check(widgetCase(Self.example, run: Self.putWidget))
        #expect(report.failures == [])
        #expect((report.examples, report.requests, report.responseBodies, report.missing) == (1, 1, 1, 0))
    }

    @Test func anInlineExampleThatFailsNamesItsTitle() {
        let wrong = #"{"parameters": {"name": "w"}, "responses": {"200": {"body": {"name": 1}}}}"#
        let report = check(widgetCase(wrong, run: Self.putWidget))
        #expect(report.failures.first?.hasPrefix("Widgets_Put (inline example 'Put a widget'): ") == true)
    }

    @Test func anInlineExampleWithoutParametersFails() {
        let report = check(widgetCase(#"{"responses": {}}"#, run: Self.putWidget))
        #expect(report.failures == ["Widgets_Put (inline example 'Put a widget'): example has no 'parameters' object"])
    }

    @Test func aFileIsReadRelativeToTheTestFolderAndAMissingOneIsCounted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-testing-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("examples"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.example.utf8).write(to: folder.appendingPathComponent("examples/PutWidget.json"))

        let tests = folder.appendingPathComponent("tests")
        let report = ExampleConformance.run([fileCase("../examples/PutWidget.json"), fileCase("../examples/Gone.json")], relativeTo: tests)
        #expect(report.failures == [])
        #expect((report.examples, report.requests, report.responseBodies, report.missing) == (1, 1, 1, 1))
    }
}
