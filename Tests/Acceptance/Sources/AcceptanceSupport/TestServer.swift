import Foundation
import HTTPTypes
import SpecGenRuntime

/// The AutoRest test server these tests talk to (scripts/acceptance.sh starts it and sets
/// `AUTOREST_TESTSERVER_URL`; the server binds 127.0.0.1 only).
public enum TestServer {
    public static var url: URL {
        let text = ProcessInfo.processInfo.environment["AUTOREST_TESTSERVER_URL"] ?? "http://127.0.0.1:3000"
        guard let url = URL(string: text) else { preconditionFailure("AUTOREST_TESTSERVER_URL is not a URL: \(text)") }
        return url
    }

    /// Fast retries: the server's retry scenarios answer at once, and a test must not wait.
    public static var options: ClientOptions {
        ClientOptions(retry: RetryOptions(maxRetries: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(100)),
                      pollInterval: .milliseconds(10), maxPollInterval: .milliseconds(100))
    }

    /// A credential for contracts that declare OAuth2; the server does not check the token.
    public static let credential = StaticTokenCredential(token: "acceptance-token")
}
