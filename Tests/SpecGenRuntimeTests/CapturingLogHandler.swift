import Foundation
import Logging
import Synchronization

/// A swift-log handler that keeps every line, rendered as a stream handler would print it.
struct CapturingLogHandler: LogHandler {
    final class Lines: Sendable {
        private let stored = Mutex<[(level: Logger.Level, message: String, metadata: Logger.Metadata)]>([])

        func append(_ level: Logger.Level, _ message: String, _ metadata: Logger.Metadata) {
            stored.withLock { $0.append((level, message, metadata)) }
        }

        var all: [(level: Logger.Level, message: String, metadata: Logger.Metadata)] { stored.withLock { $0 } }
        /// Every line as text, metadata included: what must never contain a secret.
        var text: String { all.map { "\($0.level) \($0.message) \($0.metadata.sorted { $0.key < $1.key })" }.joined(separator: "\n") }
    }

    let lines: Lines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .debug

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lines.append(event.level, event.message.description, metadata.merging(event.metadata ?? [:]) { _, new in new })
    }

    /// A logger at debug level writing into `lines`.
    static func logger(_ lines: Lines) -> Logger {
        Logger(label: "specgen-test") { _ in CapturingLogHandler(lines: lines) }
    }
}
