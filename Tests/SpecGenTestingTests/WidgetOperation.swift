import Foundation
import HTTPTypes
import SpecGenRuntime
@testable import SpecGenTesting

// A hand-written stand-in for what specgen generates for `PUT /widgets/{name}`: models, the typed
// response and the request builder. The harness only sees these through the generated shapes.

struct Widget: Codable, Hashable, Sendable {
    var name: String?
    var size: Int?
    var parts: [Part]?
    /// `additionalProperties`: every member is declared.
    var labels: [String: String]?
    /// A free-form member (`type: object` without properties): everything below it is declared.
    var settings: JSONValue?
}

struct Part: Codable, Hashable, Sendable {
    var id: String?
}

/// A model with a bug: it reads `size` but never writes it back. The member is declared, so its
/// loss must fail a check, not pass as contract drift.
struct LossyWidget: Codable, Hashable, Sendable {
    var name: String?
    var size: Int?

    enum CodingKeys: String, CodingKey { case name, size }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(name, forKey: .name)
    }
}

enum PutWidgetResponse: OperationResponse {
    case ok(Widget)
    case noContent

    init(response: HTTPResponse, body: Data) throws {
        switch response.status.code {
        case 200: self = .ok(try ResponseDecoding.body(Widget.self, from: body, response: response))
        case 204: self = .noContent
        default: throw ServiceError(response: response, body: body, isDocumented: true)
        }
    }

    /// What a generated example case passes to `verify` as its `body` closure.
    static func body(_ response: PutWidgetResponse) -> (any Codable & Sendable)? {
        switch response {
        case .ok(let body): return body
        case .noContent: return nil
        }
    }
}

enum GetLossyWidgetResponse: OperationResponse {
    case ok(LossyWidget)

    init(response: HTTPResponse, body: Data) throws {
        guard response.status.code == 200 else { throw ServiceError(response: response, body: body, isDocumented: true) }
        self = .ok(try ResponseDecoding.body(LossyWidget.self, from: body, response: response))
    }
}

/// An array query parameter as the builder sends it (nil separator: repeated, `multi`).
struct ArrayQuery {
    var name: String
    var items: [String]
    var separator: String?
}

/// `PUT /widgets/{name}?…` with the given array query parameters and JSON body.
func putWidgetRequest(name: String, arrays: [ArrayQuery] = [], body: Widget? = nil) throws -> (request: HTTPRequest, body: Data?) {
    var builder = RequestBuilder(method: .put, endpoint: RequestEndpoint(URL(string: "https://widgets.example.com")!))
    builder.appendPath("/widgets/")
    builder.appendPathParameter(name)
    for query in arrays { builder.addQuery(query.name, query.items, separator: query.separator) }
    if let body { try builder.setJSONBody(body) }
    return builder.build()
}

/// An example case for the widget operation, its example given inline.
func widgetCase(
    _ json: String, query: [ExampleCase.QueryParameter] = [], bodyParameter: String? = nil,
    run: @escaping @Sendable (ExampleRun) throws -> Void
) -> ExampleCase {
    ExampleCase(
        operationId: "Widgets_Put", title: "Put a widget", source: .inline(json), method: "PUT", pathTemplate: "/widgets/{name}",
        queryParameters: query, bodyParameter: bodyParameter,
        declaredParameters: ["name"] + query.map(\.name) + (bodyParameter.map { [$0] } ?? []),
        run: run)
}

/// Runs cases offline; inline examples need no folder.
func check(_ cases: ExampleCase...) -> ExampleConformance.Report {
    ExampleConformance.run(cases, relativeTo: URL(fileURLWithPath: "/nonexistent"))
}
