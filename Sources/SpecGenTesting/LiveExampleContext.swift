import Foundation
import SpecGenRuntime

/// Where live example checks send their requests (a mock server on 127.0.0.1, usually).
public struct LiveExampleContext: Sendable {
    public var endpoint: URL
    public var credential: any TokenCredential
    /// For contracts secured by an API key.
    public var keyCredential: KeyCredential
    public var transport: any HTTPTransport
    public var options: ClientOptions

    public init(endpoint: URL, credential: any TokenCredential, keyCredential: KeyCredential = KeyCredential("example-key"),
                transport: any HTTPTransport = URLSessionTransport(),
                options: ClientOptions = ClientOptions(pollInterval: .milliseconds(10))) {
        self.endpoint = endpoint
        self.credential = credential
        self.keyCredential = keyCredential
        self.transport = transport
        self.options = options
    }
}
