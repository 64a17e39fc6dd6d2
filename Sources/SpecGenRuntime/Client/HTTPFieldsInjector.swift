import HTTPTypes
import Tracing

/// Writes a tracer's propagation fields (`traceparent`, `tracestate`, …) into request headers.
struct HTTPFieldsInjector: Injector {
    func inject(_ value: String, forKey key: String, into fields: inout HTTPFields) {
        guard let name = HTTPField.Name(key) else { return }
        fields[name] = value
    }
}
