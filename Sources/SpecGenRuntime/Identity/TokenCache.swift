import Foundation

/// The token cache every credential of this runtime that talks to an issuer shares: one token per
/// scope set, replaced `refreshMargin` before it expires, one fetch at a time per scope set however
/// many callers wait (a burst of requests makes one token request), and a fetch for every context
/// that bypasses the cache or carries claims (an answered challenge).
///
/// When a refresh fails while the cached token is still valid, the cached token is used and no new
/// refresh is tried for `failedRefreshPause` (Azure.Core does the same with 30 s): an issuer's
/// hiccup inside the refresh margin then costs nothing, and a struggling issuer is not hammered.
public actor TokenCache {
    /// A cached token is replaced this long before it expires (Azure SDKs: 5 minutes).
    public nonisolated let refreshMargin: TimeInterval
    public nonisolated let failedRefreshPause: TimeInterval
    private var tokens: [String: AccessToken] = [:]
    private var refreshing: [String: Task<AccessToken, Error>] = [:]
    private var pausedUntil: [String: Date] = [:]

    public init(refreshMargin: TimeInterval = 300, failedRefreshPause: TimeInterval = 30) {
        self.refreshMargin = refreshMargin
        self.failedRefreshPause = failedRefreshPause
    }

    /// The cached token for `context.scopes` while it is fresh, else what `fetch` gives (cached).
    public func token(for context: TokenRequestContext,
                      fetch: @escaping @Sendable (TokenRequestContext) async throws -> AccessToken) async throws -> AccessToken {
        let key = context.scopes.joined(separator: " ")
        if context.claims != nil || context.bypassesCache {
            // Fetched for this caller alone; the answer serves later calls as well.
            let token = try await fetch(context)
            tokens[key] = token
            return token
        }
        let cached = tokens[key]
        if let cached, cached.expiresOn.timeIntervalSinceNow > refreshMargin { return cached }
        if let cached, cached.expiresOn > Date(), let paused = pausedUntil[key], paused > Date() { return cached }
        // A refresh already running was started after the cached token was judged: it will do.
        if let running = refreshing[key] { return try await running.value }
        let task = Task { try await fetch(context) }
        refreshing[key] = task
        defer { refreshing[key] = nil }
        do {
            let token = try await task.value
            tokens[key] = token
            pausedUntil[key] = nil
            return token
        } catch {
            guard !(error is CancellationError), let cached, cached.expiresOn > Date() else { throw error }
            pausedUntil[key] = Date().addingTimeInterval(failedRefreshPause)
            return cached
        }
    }
}
