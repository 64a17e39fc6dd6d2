/// Runs `operation` for at most `limit`: its result, or nil when the time ran out first (the
/// operation is then cancelled). For probes that must not hang a credential chain, such as asking
/// an IMDS address that nothing on this network answers.
func withTimeLimit<T: Sendable>(_ limit: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T? {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        return try await group.next() ?? nil
    }
}
