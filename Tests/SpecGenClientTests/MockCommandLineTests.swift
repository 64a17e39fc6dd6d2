import Foundation
import PostgreSQLFlexibleServers
import SpecGenRuntime
import SpecGenTesting
import Testing

/// `specgen-mock` as a user starts it: serves the contract on an ephemeral port, logs one line per request.
@Suite struct MockCommandLineTests {
    static var executable: String {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("specgen-mock").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return "specgen-mock"
    }

    @Test func servesTheContractAndLogsEachRequest() async throws {
        // Only the example this test reads: more example files in specs/ change nothing here.
        let sandbox = try ContractSandbox(copies: ["FirewallRulesGet.json"])
        defer { sandbox.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["--spec", sandbox.specPath, "--port", "0"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        // The first line says where it listens.
        var firstLine = Data()
        while !firstLine.contains(10) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            firstLine.append(chunk)
        }
        let banner = String(decoding: firstLine, as: UTF8.self)
        let address = try #require(banner.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(banner.hasPrefix("specgen-mock: serving on http://127.0.0.1:"))
        let endpoint = try #require(URL(string: address))

        let client = PostgreSQLFlexibleServersClient(subscriptionId: subscription, credential: StaticTokenCredential(token: "t"),
                                                     endpoint: endpoint, options: fastOptions())
        let rule = try await client.firewallRules.get(resourceGroupName: "exampleresourcegroup", serverName: "exampleserver",
                                                      firewallRuleName: "examplefirewallrule")
        #expect(rule.properties.startIpAddress == "0.0.0.0")
        // Any server name gets a server (made from the schema) unless the client asks for a 404.
        let missing = PostgreSQLFlexibleServersClient(
            subscriptionId: subscription, credential: StaticTokenCredential(token: "t"), endpoint: endpoint,
            transport: PreferringTransport(URLSessionTransport(), code: 404), options: fastOptions())
        let error = try await #require(throws: ServiceError.self) {
            try await missing.servers.get(resourceGroupName: "rg", serverName: "nonexistent-example")
        }
        #expect(error.status == 404)
        #expect(error.code == "NotFound")
        process.terminate()
        process.waitUntilExit()
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let lines = log.split(separator: "\n")
        #expect(lines.count == 2, "one line per request: \(log)")
        #expect(lines.first?.contains("-> 200 (FirewallRules_Get)") == true)
    }
}
