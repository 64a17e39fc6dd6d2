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

    /// A running `specgen-mock`: where it listens (the last word of its first line), and its log.
    struct Running {
        let process: Process
        let banner: String
        let endpoint: URL
        let errors: Pipe

        init(_ arguments: [String]) throws {
            process = Process()
            process.executableURL = URL(fileURLWithPath: MockCommandLineTests.executable)
            process.arguments = arguments + ["--port", "0"]
            let output = Pipe()
            errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            var firstLine = Data()
            while !firstLine.contains(10) {
                let chunk = output.fileHandleForReading.availableData
                guard !chunk.isEmpty else { break }
                firstLine.append(chunk)
            }
            banner = String(decoding: firstLine, as: UTF8.self)
            let address = banner.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            endpoint = try #require(URL(string: address))
        }

        /// Stops it; the lines it logged.
        func stop() -> [Substring] {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            return String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        }
    }

    @Test func servesTheContractAndLogsEachRequest() async throws {
        // Only the example this test reads: more example files in specs/ change nothing here.
        let sandbox = try ContractSandbox(copies: ["FirewallRulesGet.json"])
        defer { sandbox.remove() }
        let mock = try Running(["--spec", sandbox.specPath])
        defer { _ = mock.stop() }
        #expect(mock.banner.hasPrefix("specgen-mock: serving on http://127.0.0.1:"))
        let endpoint = mock.endpoint

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
        let lines = mock.stop()
        #expect(lines.count == 2, "one line per request: \(lines)")
        #expect(lines.first?.contains("-> 200 (FirewallRules_Get) example FirewallRulesGet") == true)
        #expect(lines.last?.contains("-> 404 (Servers_Get) from the schema") == true)
    }

    /// `--proxy`: a stand-in for the real service on the loopback interface; the answer comes back
    /// as it was, and where it breaks the contract is logged.
    @Test func proxyModeLogsWhereTheServiceDriftsFromTheContract() async throws {
        let seen = RequestLog()
        let real = try await startServer(seen) { _ in .json(200, #"{"location":"westus","properties":{"version":17}}"#) }
        defer { Task { await real.stop() } }
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let proxy = try Running(["--spec", sandbox.specPath, "--proxy", real.baseURL.absoluteString])
        defer { _ = proxy.stop() }
        #expect(proxy.banner.hasPrefix("specgen-mock: checking \(real.baseURL.absoluteString) against the contract, serving on http://127.0.0.1:"))
        let answer = try await send("GET", URL(string: proxy.endpoint.absoluteString + serversPath + "/server1?api-version=2025-08-01")!)
        #expect(answer.status == 200)
        #expect(answer.body == Data(#"{"location":"westus","properties":{"version":17}}"#.utf8))
        #expect(await seen.count == 1)
        let lines = proxy.stop()
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.last == "violation: Servers_Get response 200 /properties/version must be string, found integer")
    }
}
