import Foundation

/// The account signed in to the Azure CLI: runs `az account get-access-token --output json
/// --scope <scope>` (with `--tenant` when one is given) and reads `accessToken` and `expires_on`
/// (Unix seconds, CLI 2.54 and later) or `expiresOn` (local time, older CLIs) from its output.
///
/// `az` is looked up on the `PATH` of `environment` and run without a shell, with that environment;
/// a run longer than `timeout` is stopped. Unavailable when `az` is not found, nobody is signed
/// in, or it did not answer in time. Tokens are cached like any other credential's (Azure Identity
/// runs the CLI on every request; a process start per HTTP attempt is too slow for a server).
public final class AzureCLICredential: TokenCredential {
    static let name = "AzureCLICredential"
    public let tenantID: String?
    public let timeout: Duration
    private let environment: [String: String]
    private let cache = TokenCache()

    public init(tenantID: String? = nil, timeout: Duration = .seconds(10),
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.tenantID = tenantID
        self.timeout = timeout
        self.environment = environment
    }

    public func token(for scopes: [String]) async throws -> AccessToken {
        try await token(for: TokenRequestContext(scopes: scopes))
    }

    public func token(for context: TokenRequestContext) async throws -> AccessToken {
        try await cache.token(for: context) { [self] context in try await runCLI(scopes: context.scopes) }
    }

    private func runCLI(scopes: [String]) async throws -> AccessToken {
        guard scopes.count == 1, let scope = scopes.first, Self.isPlain(scope, allowing: ".-_:/") else {
            throw AuthenticationError(status: nil, code: nil, message: "\(Self.name): one scope of letters, digits and .-_:/ is needed, got \(scopes)")
        }
        var arguments = ["account", "get-access-token", "--output", "json", "--scope", scope]
        if let tenantID {
            guard Self.isPlain(tenantID, allowing: ".-") else {
                throw AuthenticationError(status: nil, code: nil, message: "\(Self.name): the tenant id \(tenantID) has characters a tenant id cannot have")
            }
            arguments += ["--tenant", tenantID]
        }
        guard let az = Self.find("az", path: environment["PATH"] ?? "") else {
            throw CredentialUnavailableError(credential: Self.name, message: "the Azure CLI (az) was not found on PATH")
        }
        guard let outcome = try await ChildProcess.run(az, arguments: arguments, environment: environment, timeout: timeout) else {
            throw CredentialUnavailableError(credential: Self.name, message: "az did not answer within \(timeout)")
        }
        let errorText = String(decoding: outcome.errorOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard outcome.status == 0 else {
            if errorText.contains("az login") || errorText.contains("az account set") {
                throw CredentialUnavailableError(credential: Self.name, message: "not signed in; run `az login`")
            }
            throw AuthenticationError(status: nil, code: nil, message: "\(Self.name): az exited with \(outcome.status): \(errorText.prefix(500))")
        }
        guard let json = try? JSONValue.parse(outcome.output), let token = json["accessToken"]?.stringValue,
              let expiresOn = Self.expiry(json) else {
            throw AuthenticationError(status: nil, code: nil, message: "\(Self.name): az printed no accessToken with an expiry")
        }
        return AccessToken(token: token, expiresOn: expiresOn)
    }

    /// `expires_on` (Unix seconds), else `expiresOn` (`2025-06-01 18:30:22.123456`, local time).
    static func expiry(_ json: JSONValue) -> Date? {
        if let seconds = TokenExpiry.number(json["expires_on"]) { return Date(timeIntervalSince1970: seconds) }
        guard let text = json["expiresOn"]?.stringValue else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        for format in ["yyyy-MM-dd HH:mm:ss.SSSSSS", "yyyy-MM-dd HH:mm:ss"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    /// The first executable file named `name` in the `:`-separated folders of `path`.
    static func find(_ name: String, path: String) -> URL? {
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Letters, digits and the characters in `extra` only: what reaches a command line is plain.
    private static func isPlain(_ text: String, allowing extra: String) -> Bool {
        !text.isEmpty && text.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || extra.contains($0) }
    }
}
