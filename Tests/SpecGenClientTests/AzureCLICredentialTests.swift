import Foundation
import SpecGenRuntime
import Testing

/// AzureCLICredential against a fake `az`: a shell script on a PATH of the test's own.
@Suite struct AzureCLICredentialTests {
    @Test func runsGetAccessTokenWithTheScopeAndReadsExpiresOn() async throws {
        let environment = try IsolatedEnvironment()
        defer { environment.remove() }
        let arguments = environment.file("arguments")
        let expiry = Int(Date().addingTimeInterval(3000).timeIntervalSince1970)
        try environment.installScript("az", """
            printf '%s\\n' "$@" > '\(arguments.path)'
            printf '{"accessToken":"cli-token","expiresOn":"2000-01-01 00:00:00.000000","expires_on":\(expiry),"tokenType":"Bearer"}'
            """)
        let credential = AzureCLICredential(tenantID: "tenant-cli", environment: environment.variables)
        let token = try await credential.token(for: [armScope])
        #expect(token.token == "cli-token")
        #expect(Int(token.expiresOn.timeIntervalSince1970) == expiry, "expires_on wins over the local-time expiresOn")
        let sent = try String(contentsOf: arguments, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(sent == ["account", "get-access-token", "--output", "json", "--scope", armScope, "--tenant", "tenant-cli"])
        // Cached: the CLI is not run again while the token is fresh.
        try FileManager.default.removeItem(at: arguments)
        _ = try await credential.token(for: [armScope])
        #expect(!FileManager.default.fileExists(atPath: arguments.path))
    }

    @Test func olderCLIsGiveOnlyExpiresOnInLocalTime() async throws {
        let environment = try IsolatedEnvironment()
        defer { environment.remove() }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss.SSSSSS"
        let expiry = Date().addingTimeInterval(1800)
        try environment.installScript("az", #"printf '{"accessToken":"old-cli","expiresOn":"\#(formatter.string(from: expiry))"}'"#)
        let token = try await AzureCLICredential(environment: environment.variables).token(for: [armScope])
        #expect(token.token == "old-cli")
        #expect(abs(token.expiresOn.timeIntervalSince(expiry)) < 1)
    }

    @Test func notSignedInOrNotInstalledIsUnavailable() async throws {
        let environment = try IsolatedEnvironment()
        defer { environment.remove() }
        let missing = try await #require(throws: CredentialUnavailableError.self) {
            try await AzureCLICredential(environment: environment.variables).token(for: [armScope])
        }
        #expect(missing.message.contains("not found"))

        try environment.installScript("az", "echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1")
        let signedOut = try await #require(throws: CredentialUnavailableError.self) {
            try await AzureCLICredential(environment: environment.variables).token(for: [armScope])
        }
        #expect(signedOut.message.contains("az login"))
    }

    @Test func otherFailuresSayWhatTheCLISaid() async throws {
        let environment = try IsolatedEnvironment()
        defer { environment.remove() }
        try environment.installScript("az", "echo 'ERROR: AADSTS70043: The refresh token has expired' >&2\nexit 2")
        let error = try await #require(throws: AuthenticationError.self) {
            try await AzureCLICredential(environment: environment.variables).token(for: [armScope])
        }
        #expect(error.message.contains("AADSTS70043"))
        #expect(error.message.contains("exited with 2"))
    }

    @Test func aCLIThatHangsIsStoppedAtTheTimeout() async throws {
        let environment = try IsolatedEnvironment()
        defer { environment.remove() }
        // A minute unless stopped; the bound below is loose for a loaded machine, and far below that.
        try environment.installScript("az", "exec /bin/sleep 60")
        let started = ContinuousClock.now
        let error = try await #require(throws: CredentialUnavailableError.self) {
            try await AzureCLICredential(timeout: .milliseconds(500), environment: environment.variables).token(for: [armScope])
        }
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(error.message.contains("did not answer"))
    }

    @Test func scopesThatAreNotPlainNeverReachTheCommandLine() async throws {
        let environment = try IsolatedEnvironment()
        defer { environment.remove() }
        let ran = environment.file("ran")
        try environment.installScript("az", ": > '\(ran.path)'")
        await #expect(throws: AuthenticationError.self) {
            try await AzureCLICredential(environment: environment.variables).token(for: ["https://x/.default; rm -rf /"])
        }
        await #expect(throws: AuthenticationError.self) {
            try await AzureCLICredential(tenantID: "t --debug", environment: environment.variables).token(for: [armScope])
        }
        #expect(!FileManager.default.fileExists(atPath: ran.path))
    }
}
