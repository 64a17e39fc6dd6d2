import Foundation
import InMemoryTracing
import Logging
import PostgreSQLFlexibleServers
import SpecGenMock
import SpecGenRuntime
import Synchronization
import Testing

/// Logging and tracing through a generated client, URLSession and a loopback server: the trace
/// context reaches the wire, and the log has a line per attempt and answer without the token.
@Suite struct ObservabilityLoopbackTests {
    final class Store: Sendable {
        let lines = Mutex<[String]>([])
    }

    /// Appends each line, metadata included, to a store the test reads.
    struct StoringHandler: LogHandler {
        let store: Store
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .debug
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            store.lines.withLock { $0.append("\(event.level) \(event.message) \(fields)") }
        }
    }

    @Test func spansAndLogLinesOfARetriedCallOverLoopback() async throws {
        let log = RequestLog()
        let server = try await startServer(log) { _ in
            await log.count == 1 ? .json(503, "{}", headers: [("Retry-After", "0")])
                : .json(200, #"{"name":"rule","properties":{"startIpAddress":"0.0.0.0","endIpAddress":"0.0.0.1"}}"#)
        }
        defer { Task { await server.stop() } }
        let store = Store()
        let tracer = InMemoryTracer()
        var options = fastOptions()
        options.logger = Logger(label: "loopback") { _ in StoringHandler(store: store) }
        options.tracer = tracer
        let client = makeClient(server, credential: StaticTokenCredential(token: "LOOPBACK-TOKEN"), options: options)
        _ = try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")

        let spans = tracer.finishedSpans
        #expect(spans.map(\.operationName) == ["GET", "GET", "PostgreSQLFlexibleServers.FirewallRules.get"])
        // What the server received carries each attempt's own span, as the tracer propagates it.
        let received = await log.requests.map { $0.header(InMemoryTracer.spanIDKey) }
        #expect(received == spans.prefix(2).map(\.spanID))
        let lines = store.lines.withLock { $0 }
        #expect(lines.count == 4)
        #expect(lines.filter { $0.contains("HTTP response") }.map { $0.contains("status=503") || $0.contains("status=200") } == [true, true])
        #expect(!lines.joined().contains("LOOPBACK-TOKEN"))
    }
}
