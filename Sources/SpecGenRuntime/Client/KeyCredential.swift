import Synchronization

/// An API key (`securityDefinitions` of `type: apiKey` in a header), sent by the pipeline in the
/// header the contract names, under the same rules as a bearer token (only to the endpoint's host,
/// https unless loopback). The key can be replaced while clients use it (key rotation).
public final class KeyCredential: Sendable {
    private let current: Mutex<String>

    public init(_ key: String) {
        current = Mutex(key)
    }

    public var key: String { current.withLock { $0 } }

    /// Later requests send the new key.
    public func update(_ key: String) {
        current.withLock { $0 = key }
    }
}

/// Which header carries a `KeyCredential`'s key.
public struct KeyAuthorization: Sendable {
    public let credential: KeyCredential
    /// The header the contract's `apiKey` scheme names (`security-key`, `Ocp-Apim-Subscription-Key`).
    public let headerName: String

    public init(credential: KeyCredential, headerName: String) {
        self.credential = credential
        self.headerName = headerName
    }
}
