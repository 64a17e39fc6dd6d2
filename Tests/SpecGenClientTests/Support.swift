import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PostgreSQLFlexibleServers
import SpecGenMock
import SpecGenRuntime
// Through SpecGenMock: the live example runner and the transport that sends `Prefer`.
import SpecGenTesting

let subscription = "ffffffff-ffff-ffff-ffff-ffffffffffff"
let serversPath = "/subscriptions/\(subscription)/resourceGroups/rg/providers/Microsoft.DBforPostgreSQL/flexibleServers"

/// The PostgreSQL 2025-08-01 contract in specs/, found from this file.
let contractPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("specs/specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/PostgreSQL/stable/2025-08-01/openapi.yaml").path

/// Requests a test server saw, in order.
actor RequestLog {
    private(set) var requests: [MockRequest] = []

    func record(_ request: MockRequest) { requests.append(request) }

    var count: Int { requests.count }
}

/// Fast timings so tests do not wait for production intervals.
func fastOptions(maxRetries: Int = 3) -> ClientOptions {
    ClientOptions(retry: RetryOptions(maxRetries: maxRetries, baseDelay: .milliseconds(5), maxDelay: .seconds(2)),
                  pollInterval: .milliseconds(5))
}

func makeClient(_ server: LoopbackServer, credential: any TokenCredential = StaticTokenCredential(token: "test-token"),
                options: ClientOptions = fastOptions()) -> PostgreSQLFlexibleServersClient {
    PostgreSQLFlexibleServersClient(subscriptionId: subscription, credential: credential, endpoint: server.baseURL,
                                    transport: URLSessionTransport(), options: options)
}

/// A loopback server whose handler also records every request.
func startServer(_ log: RequestLog, _ handler: @escaping @Sendable (MockRequest) async -> MockResponse) async throws -> LoopbackServer {
    try await LoopbackServer.start { request in
        await log.record(request)
        return await handler(request)
    }
}

let ltrRequest = BackupsLongTermRetentionRequest(
    backupSettings: BackupSettings(backupName: "exampleltrbackup"), targetDetails: BackupStoreDetails(sasUriList: ["sasuri"]))

/// The PostgreSQL contract copied into a temporary folder with exactly the example files a test
/// names — copies of the real ones, or JSON of the test's own under a name the contract
/// references — so what the mock answers never depends on which example files specs/ holds.
struct ContractSandbox {
    let root: URL
    /// The copy's openapi.yaml.
    let specPath: String

    private static let contractFolder = "specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/PostgreSQL/stable/2025-08-01"

    /// `copies`: names of example files of specs/ to bring along; `written`: file name → JSON text.
    init(copies: [String] = [], written: [String: String] = [:]) throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("specgen-sandbox-" + UUID().uuidString)
        let folder = root.appendingPathComponent(Self.contractFolder)
        let examples = folder.appendingPathComponent("examples")
        try manager.createDirectory(at: examples, withIntermediateDirectories: true)
        let original = URL(fileURLWithPath: contractPath).deletingLastPathComponent()
        // The contract's references to common-types resolve through a link to the real ones.
        let specification = original.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try manager.createSymbolicLink(at: root.appendingPathComponent("specification/common-types"),
                                       withDestinationURL: specification.appendingPathComponent("common-types"))
        try manager.copyItem(at: original.appendingPathComponent("openapi.yaml"), to: folder.appendingPathComponent("openapi.yaml"))
        for name in copies {
            try manager.copyItem(at: original.appendingPathComponent("examples/" + name), to: examples.appendingPathComponent(name))
        }
        for (name, text) in written {
            try Data(text.utf8).write(to: examples.appendingPathComponent(name))
        }
        specPath = folder.appendingPathComponent("openapi.yaml").path
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// A mock serving the sandbox.
    func mock(_ options: MockService.Options = .init(log: { _ in })) throws -> MockService {
        try MockService.load(specPaths: [specPath], options: options)
    }
}

/// A client whose every request carries `Prefer` (a header the generated API has no parameter for).
func makeClient(_ server: LoopbackServer, prefer: String) -> PostgreSQLFlexibleServersClient {
    PostgreSQLFlexibleServersClient(subscriptionId: subscription, credential: StaticTokenCredential(token: "test-token"),
                                    endpoint: server.baseURL, transport: PreferringTransport(URLSessionTransport(), preference: prefer),
                                    options: fastOptions())
}

/// Sends one request to a server with URLSession; the status, headers and body that came back.
func send(_ method: String, _ url: URL, body: String? = nil, headers: [String: String] = [:]) async throws -> (status: Int, headers: [String: String], body: Data) {
    var request = URLRequest(url: url)
    request.httpMethod = method
    if let body {
        request.httpBody = Data(body.utf8)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    }
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    let (data, response) = try await URLSession.shared.data(for: request)
    let http = response as! HTTPURLResponse
    var fields: [String: String] = [:]
    for (key, value) in http.allHeaderFields { if let key = key as? String, let value = value as? String { fields[key.lowercased()] = value } }
    return (http.statusCode, fields, data)
}

/// A contract a test writes itself, in a temporary folder.
struct TemporaryContract {
    let folder: URL
    let path: String

    init(_ text: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-contract-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("contract.yaml")
        try Data(text.utf8).write(to: file)
        path = file.path
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
