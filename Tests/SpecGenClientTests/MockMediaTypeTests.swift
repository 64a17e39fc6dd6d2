import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SpecGenMock
import SpecGenRuntime
import Testing

/// The mock takes and gives bodies in the media types an operation consumes and produces: an XML
/// answer laid out by the contract's `xml` objects, bytes as bytes, and request bodies labelled
/// with another media type than JSON left unread (no "is not JSON" violation).
@Suite struct MockMediaTypeTests {
    private let contract = """
    swagger: '2.0'
    info: {title: Media, version: '2030-01-01'}
    host: media.example.com
    paths:
      /shows/{name}:
        put:
          operationId: Shows_Put
          consumes: [application/xml]
          produces: [application/xml]
          parameters:
            - {name: name, in: path, required: true, type: string}
            - {name: show, in: body, required: true, schema: {$ref: '#/definitions/Show'}}
          responses: {'200': {description: ok, schema: {$ref: '#/definitions/Show'}}}
          x-ms-examples:
            A show:
              parameters: {name: s1, show: {title: 'A & B', slides: [{type: all, items: [x, y]}], apples: [Fuji], notes: hi}}
              responses:
                '200': {body: {title: 'A & B', slides: [{type: all, items: [x, y]}], apples: [Fuji], notes: hi}}
      /files/{name}:
        get:
          operationId: Files_Get
          produces: [image/png]
          parameters:
            - {name: name, in: path, required: true, type: string}
          responses: {'200': {description: ok, schema: {type: file}}}
          x-ms-examples:
            A file:
              parameters: {name: f1}
              responses:
                '200': {body: 'PNG bytes'}
      /analyze:
        post:
          operationId: Analyze
          consumes: [application/json, application/pdf]
          parameters:
            - {name: input, in: body, required: true, schema: {type: object, properties: {source: {type: string}}}}
          responses: {'202': {description: accepted}}
    definitions:
      Slide:
        type: object
        xml: {name: slide}
        properties:
          type: {type: string, xml: {attribute: true}}
          items: {type: array, items: {type: string, xml: {name: item}}}
      Show:
        type: object
        xml: {name: show, namespace: 'urn:shows', prefix: s}
        properties:
          title: {type: string, xml: {attribute: true}}
          slides: {type: array, items: {$ref: '#/definitions/Slide'}}
          apples: {type: array, xml: {wrapped: true, name: Apples}, items: {type: string, xml: {name: Apple}}}
          notes: {type: string, xml: {x-ms-text: true}}
    """

    private func send(_ server: LoopbackServer, _ method: String, _ path: String, contentType: String? = nil, body: Data? = nil) async throws -> (Data, HTTPURLResponse) {
        var request = URLRequest(url: server.baseURL.appendingPathComponent(path))
        request.httpMethod = method
        request.httpBody = body
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        let (data, response) = try await URLSession.shared.data(for: request)
        return (data, try #require(response as? HTTPURLResponse))
    }

    @Test func answersInTheMediaTypeTheOperationProduces() async throws {
        let spec = try TemporaryContract(contract)
        defer { spec.remove() }
        let mock = try MockService.load(specPaths: [spec.path], options: .init(log: { _ in }))
        let server = try await mock.start()
        let document = Data(#"<s:show xmlns:s="urn:shows" title="t"/>"#.utf8)
        let (xml, xmlResponse) = try await send(server, "PUT", "shows/s1", contentType: "application/xml", body: document)
        let (bytes, bytesResponse) = try await send(server, "GET", "files/f1")
        let (_, pdfResponse) = try await send(server, "POST", "analyze", contentType: "application/pdf", body: Data("PDF".utf8))
        await server.stop()

        #expect(xmlResponse.value(forHTTPHeaderField: "Content-Type") == "application/xml")
        #expect(String(decoding: xml, as: UTF8.self) == #"<?xml version="1.0" encoding="utf-8"?>"#
            + #"<s:show xmlns:s="urn:shows" title="A &amp; B">hi<slide type="all"><item>x</item><item>y</item></slide>"#
            + "<Apples><Apple>Fuji</Apple></Apples></s:show>")
        #expect(bytesResponse.value(forHTTPHeaderField: "Content-Type") == "image/png")
        #expect(bytes == Data("PNG bytes".utf8))
        // A PDF where JSON is also consumed is not checked as JSON (no 400 "is not JSON").
        #expect(pdfResponse.statusCode == 202)
    }
}
