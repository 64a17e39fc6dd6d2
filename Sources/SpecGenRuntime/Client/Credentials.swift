import Foundation
import HTTPTypes

/// A bearer token and when it stops being valid.
public struct AccessToken: Sendable, Hashable {
    public var token: String
    public var expiresOn: Date

    public init(token: String, expiresOn: Date) {
        self.token = token
        self.expiresOn = expiresOn
    }
}

/// Gives bearer tokens for scopes (ARM: `https://management.azure.com/.default`).
public protocol TokenCredential: Sendable {
    func token(for scopes: [String]) async throws -> AccessToken
}

/// A token obtained elsewhere (the Azure CLI, a test).
public struct StaticTokenCredential: TokenCredential {
    private let accessToken: AccessToken

    public init(token: String, expiresOn: Date = .distantFuture) {
        accessToken = AccessToken(token: token, expiresOn: expiresOn)
    }

    public func token(for scopes: [String]) async throws -> AccessToken { accessToken }
}

/// The token endpoint refused or could not be read. Never contains the client secret.
public struct AuthenticationError: Error, Sendable, CustomStringConvertible {
    public let status: Int?
    public let code: String?
    public let message: String

    public var description: String {
        "authentication failed" + (status.map { " (\($0))" } ?? "") + (code.map { " \($0)" } ?? "") + ": " + message
    }
}

/// Microsoft Entra client-credentials flow: posts the client id and secret to
/// `{authorityHost}/{tenant}/oauth2/v2.0/token`, caches the token per scope set, and fetches a new
/// one shortly before it expires. Concurrent callers share one refresh.
public actor ClientSecretCredential: TokenCredential {
    public nonisolated let tenantID: String
    public nonisolated let clientID: String
    private let clientSecret: String
    public nonisolated let authorityHost: URL
    private let transport: any HTTPTransport
    /// A cached token is replaced this long before it expires (Azure SDKs: 5 minutes).
    private let refreshMargin: TimeInterval
    private var cache: [String: AccessToken] = [:]
    private var inFlight: [String: Task<AccessToken, Error>] = [:]

    public init(
        tenantID: String, clientID: String, clientSecret: String,
        authorityHost: URL = URL(string: "https://login.microsoftonline.com")!,
        transport: any HTTPTransport = URLSessionTransport(), refreshMargin: TimeInterval = 300
    ) {
        self.tenantID = tenantID
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.authorityHost = authorityHost
        self.transport = transport
        self.refreshMargin = refreshMargin
    }

    public func token(for scopes: [String]) async throws -> AccessToken {
        let key = scopes.joined(separator: " ")
        if let cached = cache[key], cached.expiresOn.timeIntervalSinceNow > refreshMargin {
            return cached
        }
        if let running = inFlight[key] { return try await running.value }
        let task = Task { try await self.requestToken(scopes: key) }
        inFlight[key] = task
        defer { inFlight[key] = nil }
        let token = try await task.value
        cache[key] = token
        return token
    }

    private func requestToken(scopes: String) async throws -> AccessToken {
        let form = [("client_id", clientID), ("scope", scopes), ("client_secret", clientSecret), ("grant_type", "client_credentials")]
            .map { $0.0 + "=" + PercentEncoding.encode($0.1) }.joined(separator: "&")
        var builder = RequestBuilder(method: .post, endpoint: authorityHost)
        builder.appendPath("/")
        builder.appendPathParameter(tenantID)
        builder.appendPath("/oauth2/v2.0/token")
        builder.setHeader("Content-Type", "application/x-www-form-urlencoded")
        builder.setHeader("Accept", "application/json")
        let request = builder.build().request
        let sentAt = Date()
        let (response, data) = try await transport.send(request, body: Data(form.utf8))
        let json = try? JSONValue.parse(data)
        guard response.status.code == 200 else {
            throw AuthenticationError(status: response.status.code, code: json?["error"]?.stringValue,
                                      message: json?["error_description"]?.stringValue ?? "token endpoint answered \(response.status.code)")
        }
        guard let token = json?["access_token"]?.stringValue else {
            throw AuthenticationError(status: 200, code: nil, message: "token response has no access_token")
        }
        let lifetime: Double
        switch json?["expires_in"] {
        case .integer(let seconds)?: lifetime = Double(seconds)
        case .number(let seconds)?: lifetime = seconds
        case .string(let text)?: lifetime = Double(text) ?? 0
        default: lifetime = 0
        }
        // Expiry counts from when the request was sent, not when the answer arrived.
        return AccessToken(token: token, expiresOn: sentAt.addingTimeInterval(lifetime))
    }
}
