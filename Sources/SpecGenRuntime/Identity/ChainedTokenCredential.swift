import Synchronization

/// Asks its sources in order and keeps the first that gives a token: later calls go straight to it
/// (Azure Identity's behaviour; a chain that re-probed managed identity and ran the CLI on every
/// call would be slow). A source that is unavailable (``CredentialUnavailableError``) hands over to
/// the next; any other error is a configured source failing, and stops the chain: a service
/// principal with a wrong secret must not silently give way to a developer's CLI login.
/// Either way the error, a ``CredentialChainError``, lists what each source tried said.
public final class ChainedTokenCredential: TokenCredential {
    public let sources: [any TokenCredential]
    let name: String
    private let chosen = Mutex<(any TokenCredential)?>(nil)

    public convenience init(sources: [any TokenCredential]) {
        self.init(sources: sources, name: "ChainedTokenCredential")
    }

    init(sources: [any TokenCredential], name: String) {
        self.sources = sources
        self.name = name
    }

    public func token(for scopes: [String]) async throws -> AccessToken {
        try await token(for: TokenRequestContext(scopes: scopes))
    }

    public func token(for context: TokenRequestContext) async throws -> AccessToken {
        if let source = chosen.withLock({ $0 }) { return try await source.token(for: context) }
        var attempts: [CredentialChainError.Attempt] = []
        for source in sources {
            let sourceName = String(describing: type(of: source))
            do {
                let token = try await source.token(for: context)
                chosen.withLock { $0 = $0 ?? source }
                return token
            } catch let unavailable as CredentialUnavailableError {
                attempts.append(.init(credential: sourceName, message: unavailable.message, wasUnavailable: true))
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                attempts.append(.init(credential: sourceName, message: String(describing: error), wasUnavailable: false))
                break
            }
        }
        throw CredentialChainError(chain: name, attempts: attempts)
    }
}
