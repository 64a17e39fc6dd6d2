import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
@testable import SpecGenRuntime
import Testing

/// `User-Agent` in the Azure SDK form: `[<applicationID> ]azsdk-swift-<module>/<version> (Swift <version>; <OS> <version>)`.
@Suite struct UserAgentTests {
    /// The form as a pattern; the versions are whatever built and runs this test.
    static var form: Regex<(Substring, application: Substring?, module: Substring, version: Substring)> { #/^(?:(?<application>\S{1,24}) )?azsdk-swift-(?<module>[A-Za-z0-9_]+)/(?<version>\d+\.\d+\.\d+) \(Swift \d+\.\d+\+?; (?:Linux|macOS|iOS|Windows|unknown) \d+\.\d+\.\d+\)$/# }

    @Test func aGeneratedClientNamesItsModuleAndTheGeneratorVersion() async throws {
        let transport = RecordingTransport { _, _ in response(200, firewallRuleJSON) }
        _ = try await recordingClient(transport).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        let agent = try #require(transport.requests.first?.headerFields[.userAgent])
        let match = try #require(try Self.form.wholeMatch(in: agent), "\(agent)")
        #expect(match.output.module == "PostgreSQLFlexibleServers")
        #expect(match.output.version == Substring(SpecGenVersion.current))
        #expect(match.output.application == nil)
    }

    @Test func theApplicationIDGoesFirstWithoutSpacesAndAtMost24Characters() async throws {
        var options = quickOptions()
        options.applicationID = "billing service/with a very long name"
        let transport = RecordingTransport { _, _ in response(200, firewallRuleJSON) }
        _ = try await recordingClient(transport, options: options).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        let agent = try #require(transport.requests.first?.headerFields[.userAgent])
        let match = try #require(try Self.form.wholeMatch(in: agent), "\(agent)")
        #expect(match.output.application == "billingservice/withavery")
    }
}
