import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
import SpecGenRuntime

/// A transport that answers from a script and keeps every request it was handed, headers included:
/// what would have gone on the wire. Past `limit` requests it throws, so a test whose rule is
/// broken (polling a foreign host forever, say) fails instead of hanging.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    typealias Script = @Sendable (_ request: HTTPRequest, _ index: Int) -> (HTTPResponse, Data)

    struct Exhausted: Error {}

    private let lock = NSLock()
    private var sent: [HTTPRequest] = []
    private var sentBodies: [Data?] = []
    private let script: Script
    private let limit: Int

    init(limit: Int = 20, _ script: @escaping Script) {
        self.limit = limit
        self.script = script
    }

    func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        let index = lock.withLock { () -> Int in
            sent.append(request)
            sentBodies.append(body)
            return sent.count - 1
        }
        guard index < limit else { throw Exhausted() }
        return script(request, index)
    }

    var requests: [HTTPRequest] { lock.withLock { sent } }
    var bodies: [Data?] { lock.withLock { sentBodies } }
    /// `scheme://authority/path` of each request.
    var urls: [String] { requests.map { "\($0.scheme ?? "")://\($0.authority ?? "")\($0.path ?? "")" } }
    var authorizations: [String?] { requests.map { $0.headerFields[.authorization] } }
}

/// Hands out `token-1`, `token-2`, … and keeps each context it was asked with.
final class CountingCredential: TokenCredential, @unchecked Sendable {
    private let lock = NSLock()
    private var asked: [TokenRequestContext] = []

    func token(for scopes: [String]) async throws -> AccessToken {
        try await token(for: TokenRequestContext(scopes: scopes))
    }

    func token(for context: TokenRequestContext) async throws -> AccessToken {
        let number = lock.withLock { () -> Int in
            asked.append(context)
            return asked.count
        }
        return AccessToken(token: "token-\(number)", expiresOn: Date().addingTimeInterval(3600))
    }

    var contexts: [TokenRequestContext] { lock.withLock { asked } }
}

func response(_ status: Int, _ json: String = "", headers: [(String, String)] = []) -> (HTTPResponse, Data) {
    var fields = HTTPFields()
    for (name, value) in headers { fields.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
    if !json.isEmpty { fields[.contentType] = "application/json" }
    return (HTTPResponse(status: .init(code: status), headerFields: fields), Data(json.utf8))
}

let armEndpoint = URL(string: "https://management.azure.com")!
let testSubscription = "ffffffff-ffff-ffff-ffff-ffffffffffff"
let firewallRuleJSON = #"{"name":"rule","properties":{"startIpAddress":"0.0.0.0","endIpAddress":"0.0.0.1"}}"#

/// Fast retries and polls, so no test waits for production intervals.
func quickOptions(maxRetries: Int = 3, additionalTokenHosts: [String] = [], maxRedirects: Int = 10) -> ClientOptions {
    ClientOptions(retry: RetryOptions(maxRetries: maxRetries, baseDelay: .milliseconds(1), maxDelay: .milliseconds(20)),
                  pollInterval: .milliseconds(1), additionalTokenHosts: additionalTokenHosts, maxRedirects: maxRedirects)
}

func recordingClient(_ transport: RecordingTransport, credential: any TokenCredential = CountingCredential(),
                     endpoint: URL = armEndpoint, options: ClientOptions = quickOptions()) -> PostgreSQLFlexibleServersClient {
    PostgreSQLFlexibleServersClient(subscriptionId: testSubscription, credential: credential, endpoint: endpoint,
                                    transport: transport, options: options)
}

let ltrBody = BackupsLongTermRetentionRequest(
    backupSettings: BackupSettings(backupName: "backup"), targetDetails: BackupStoreDetails(sasUriList: ["sas"]))
let ltrResultJSON = #"{"properties":{"backupMetadata":"metadata","status":"Succeeded","startTime":"2025-01-01T00:00:00Z"}}"#
