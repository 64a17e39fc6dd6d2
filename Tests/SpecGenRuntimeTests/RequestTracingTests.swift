import Foundation
import HTTPTypes
import InMemoryTracing
@testable import SpecGenRuntime
import Testing
import Tracing

/// A client span per HTTP attempt, its context injected as W3C `traceparent`, its status and errors recorded.
@Suite struct RequestTracingTests {
    func tracingClient(_ transport: RecordingTransport, _ tracer: W3CTestTracer, maxRetries: Int = 3) -> ServiceClient {
        var options = quickOptions(maxRetries: maxRetries)
        options.tracer = tracer
        return ServiceClient(endpoint: armEndpoint, credential: StaticTokenCredential(token: "t"), scopes: ["s/.default"],
                             transport: transport, options: options)
    }

    @Test func eachAttemptIsAClientSpanWhoseContextTheRequestCarries() async throws {
        let transport = RecordingTransport { _, index in
            index == 0 ? response(503, headers: [("Retry-After", "0")]) : response(200, "{}", headers: [("x-ms-request-id", "rid-2")])
        }
        let tracer = W3CTestTracer()
        let request = HTTPRequest(method: .get, scheme: "https", authority: "management.azure.com", path: "/items?api-version=1&sig=secret")
        _ = try await tracingClient(transport, tracer).send(request, body: nil, clientRequestID: "crid-7")
        let spans = tracer.finishedSpans
        #expect(spans.map(\.operationName) == ["GET", "GET"])
        #expect(spans.allSatisfy { $0.kind == .client })
        // Each request went out with its own attempt span's id, in the same trace.
        let parents = transport.requests.map { $0.headerFields[HTTPField.Name("traceparent")!] }
        #expect(parents == spans.map { "00-\($0.traceID)-\($0.spanID)-01" })
        #expect(Set(parents).count == 2)

        let (failed, succeeded) = (spans[0], spans[1])
        #expect(failed.attributes["http.response.status_code"]?.toSpanAttribute() == .int64(503))
        #expect(failed.status?.code == .error)
        #expect(failed.attributes["error.type"]?.toSpanAttribute() == .string("503"))
        #expect(failed.attributes["http.request.resend_count"] == nil)
        #expect(succeeded.status?.code != .error)
        #expect(succeeded.attributes["http.request.resend_count"]?.toSpanAttribute() == .int64(1))
        #expect(succeeded.attributes["az.service_request_id"]?.toSpanAttribute() == .string("rid-2"))
        #expect(succeeded.attributes["az.client_request_id"]?.toSpanAttribute() == .string("crid-7"))
        #expect(succeeded.attributes["server.address"]?.toSpanAttribute() == .string("management.azure.com"))
        #expect(succeeded.attributes["server.port"]?.toSpanAttribute() == .int64(443))
        #expect(succeeded.attributes["url.full"]?.toSpanAttribute() == .string("https://management.azure.com/items?api-version=1&sig=REDACTED"))
    }

    @Test func aTransportErrorIsRecordedOnItsAttempt() async throws {
        let transport = RecordingTransport(limit: 0) { _, _ in response(200) }
        let tracer = W3CTestTracer()
        await #expect(throws: RecordingTransport.Exhausted.self) {
            _ = try await tracingClient(transport, tracer, maxRetries: 0)
                .send(HTTPRequest(method: .delete, scheme: "https", authority: "management.azure.com", path: "/x"), body: nil)
        }
        let span = try #require(tracer.finishedSpans.first)
        #expect(span.operationName == "DELETE")
        #expect(span.errors.count == 1)
        #expect(span.status?.code == .error)
    }
}
