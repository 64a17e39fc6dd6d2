import Foundation
import HTTPTypes
import InMemoryTracing
import PostgreSQLFlexibleServers
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
        _ = try await tracingClient(transport, tracer).send(request, body: nil, call: CallContext(operation: "Tests.Items.get", options: RequestOptions(clientRequestID: "crid-7")))
        let operation = try #require(tracer.finishedSpans.last)
        #expect(operation.operationName == "Tests.Items.get")
        #expect(operation.kind == .internal)
        let spans = tracer.finishedSpans.dropLast().map { $0 }
        #expect(spans.map(\.operationName) == ["GET", "GET"])
        #expect(spans.allSatisfy { $0.parentSpanID == operation.spanID && $0.traceID == operation.traceID })
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
        #expect(tracer.finishedSpans.last?.operationName == "ServiceClient.send", "a request sent by hand gets a span too")
        #expect(tracer.finishedSpans.last?.errors.count == 1)
    }

    func tracedClient(_ transport: RecordingTransport, _ tracer: W3CTestTracer) -> PostgreSQLFlexibleServersClient {
        var options = quickOptions()
        options.tracer = tracer
        return recordingClient(transport, options: options)
    }

    @Test func aGeneratedMethodIsOneSpanNamedModuleGroupOperationAndItsErrorIsOnIt() async throws {
        let tracer = W3CTestTracer()
        let found = RecordingTransport { _, _ in response(200, firewallRuleJSON) }
        _ = try await tracedClient(found, tracer).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        #expect(tracer.finishedSpans.map(\.operationName) == ["GET", "PostgreSQLFlexibleServers.FirewallRules.get"])
        #expect(tracer.finishedSpans.last?.status?.code != .error)

        let errors = W3CTestTracer()
        let missing = RecordingTransport { _, _ in response(404, #"{"error":{"code":"ResourceNotFound","message":"no"}}"#) }
        await #expect(throws: ServiceError.self) {
            try await tracedClient(missing, errors).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        }
        let method = try #require(errors.finishedSpans.last)
        #expect(method.operationName == "PostgreSQLFlexibleServers.FirewallRules.get")
        #expect(method.status?.code == .error)
        #expect(method.errors.first?.error is ServiceError)
        #expect(errors.finishedSpans.first?.attributes["error.type"]?.toSpanAttribute() == .string("404"))
    }

    @Test func eachPageOfAListIsASpanOfItsMethod() async throws {
        let tracer = W3CTestTracer()
        let transport = RecordingTransport { _, index in
            index == 0 ? response(200, #"{"value":[\#(firewallRuleJSON)],"nextLink":"https://management.azure.com/page2"}"#)
                : response(200, #"{"value":[\#(firewallRuleJSON)]}"#)
        }
        var count = 0
        for try await _ in tracedClient(transport, tracer).firewallRules.listByServer(resourceGroupName: "rg", serverName: "server") { count += 1 }
        #expect(count == 2)
        #expect(tracer.finishedSpans.filter { $0.kind == .internal }.map(\.operationName)
            == ["PostgreSQLFlexibleServers.FirewallRules.listByServer", "PostgreSQLFlexibleServers.FirewallRules.listByServer"])
    }
}
