import InMemoryTracing
import Instrumentation
import Synchronization
import Tracing

/// The in-memory tracer of swift-distributed-tracing, with W3C Trace Context propagation as an
/// OpenTelemetry tracer does it: ids in hex, and `traceparent: 00-<trace id>-<span id>-01`.
struct W3CTestTracer: Tracer {
    let recorder: InMemoryTracer

    init() {
        let traces = Mutex(0), spans = Mutex(0)
        recorder = InMemoryTracer(idGenerator: .init(
            nextTraceID: { traces.withLock { $0 += 1; return String(repeating: "0", count: 24) + Self.hex($0, width: 8) } },
            nextSpanID: { spans.withLock { $0 += 1; return String(repeating: "0", count: 8) + Self.hex($0, width: 8) } }))
    }

    static func hex(_ value: Int, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    func startSpan<Instant: TracerInstant>(_ operationName: String, context: @autoclosure () -> InstrumentationContext, ofKind kind: SpanKind,
                                           at instant: @autoclosure () -> Instant, function: String, file fileID: String, line: UInt) -> InMemorySpan {
        recorder.startSpan(operationName, context: context(), ofKind: kind, at: instant(), function: function, file: fileID, line: line)
    }

    func activeSpan(identifiedBy context: InstrumentationContext) -> InMemorySpan? { recorder.activeSpan(identifiedBy: context) }

    func forceFlush() {}

    func inject<Carrier, Inject: Injector>(_ context: InstrumentationContext, into carrier: inout Carrier, using injector: Inject)
    where Carrier == Inject.Carrier {
        guard let span = context.inMemorySpanContext else { return }
        injector.inject("00-\(span.traceID)-\(span.spanID)-01", forKey: "traceparent", into: &carrier)
    }

    func extract<Carrier, Extract: Extractor>(_ carrier: Carrier, into context: inout InstrumentationContext, using extractor: Extract)
    where Carrier == Extract.Carrier {}

    var finishedSpans: [FinishedInMemorySpan] { recorder.finishedSpans }
}
