/// A sequence or poller that never ends fails its test instead of hanging the run.
public struct DeadlineExceeded: Error, CustomStringConvertible {
    public let seconds: Int
    public var description: String { "the operation did not end within \(seconds) s" }
}

/// Runs `operation` and cancels it after `seconds` (pollers and pagers check for cancellation
/// before each request).
public func deadline<T: Sendable>(_ seconds: Int = 10, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw DeadlineExceeded(seconds: seconds)
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw DeadlineExceeded(seconds: seconds) }
        return first
    }
}
