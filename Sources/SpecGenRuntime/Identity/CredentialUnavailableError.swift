/// A credential cannot be used here: what it needs is not configured (environment variables, a
/// token file, the Azure CLI), or the identity endpoint it would ask does not answer. A credential
/// chain moves on to its next source; any other error stops it.
public struct CredentialUnavailableError: Error, Sendable, CustomStringConvertible {
    /// The credential that is unavailable (`EnvironmentCredential`, `ManagedIdentityCredential`, …).
    public let credential: String
    public let message: String

    public init(credential: String, message: String) {
        self.credential = credential
        self.message = message
    }

    public var description: String { "\(credential) is unavailable: \(message)" }
}
