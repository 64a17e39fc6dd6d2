/// A token issuer refused, answered something unreadable, or was not safe to ask. Never contains
/// a client secret, an assertion or a token.
public struct AuthenticationError: Error, Sendable, CustomStringConvertible {
    /// The issuer's HTTP status, when it answered.
    public let status: Int?
    /// The issuer's error code (`invalid_client`, …), when it sent one.
    public let code: String?
    public let message: String

    public init(status: Int?, code: String?, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public var description: String {
        "authentication failed" + (status.map { " (\($0))" } ?? "") + (code.map { " \($0)" } ?? "") + ": " + message
    }
}
