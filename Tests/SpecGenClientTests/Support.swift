import Foundation
import PostgreSQLFlexibleServers
import SpecGenMock
import SpecGenRuntime

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
