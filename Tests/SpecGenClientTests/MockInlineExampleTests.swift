import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SpecGenMock
import SpecGenRuntime
import Testing

/// The mock answers with examples written in the contract (`x-ms-examples` without `$ref`) as it
/// does with example files, so live example tests can check inline examples too.
@Suite struct MockInlineExampleTests {
    private let contract = """
    swagger: '2.0'
    info: {title: Widgets, version: '2030-01-01'}
    host: widgets.example.com
    paths:
      /widgets/{name}:
        get:
          operationId: Widgets_Get
          parameters:
            - {name: name, in: path, required: true, type: string}
          responses:
            '200': {description: ok, schema: {type: object, properties: {name: {type: string}, size: {type: integer}}}}
          x-ms-examples:
            Written inline:
              parameters: {name: w1}
              responses:
                '200': {body: {name: w1, size: 3}}
    """

    @Test func answersWithAnExampleWrittenInTheContract() async throws {
        let spec = try TemporaryContract(contract)
        defer { spec.remove() }

        let mock = try MockService.load(specPaths: [spec.path], options: .init(log: { _ in }))
        let server = try await mock.start()
        let url = server.baseURL.appendingPathComponent("widgets/w1")
        let (body, response) = try await URLSession.shared.data(from: url)
        await server.stop()

        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(try JSONValue.parse(body) == JSONValue.parse(Data(#"{"name": "w1", "size": 3}"#.utf8)))
    }
}
