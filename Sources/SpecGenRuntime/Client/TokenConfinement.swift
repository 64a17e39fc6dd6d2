import Foundation
import HTTPTypes

/// Where the client's bearer token may go: https requests to the endpoint's host and port, or to a
/// host allowed in `ClientOptions.additionalTokenHosts`; plain http only to a loopback host
/// (127.0.0.0/8, ::1, localhost), for tests and mock servers.
///
/// URLs the service hands out (next links, polling URLs, `Location`) and continuation tokens are
/// data from outside: whoever can shape them must not be able to collect the token with them.
public struct TokenConfinement: Sendable, Hashable {
    /// The endpoint's host, lowercased.
    public let endpointHost: String
    /// The endpoint's port, or its scheme's default.
    public let endpointPort: Int?
    /// Allowed hosts besides the endpoint's, normalised; a nil port stands for the scheme's default.
    let allowed: [Authority]

    public init(endpoint: URL, additionalHosts: [String] = []) {
        let scheme = endpoint.scheme?.lowercased() ?? "https"
        endpointHost = Authority.normalise(host: endpoint.host ?? "")
        endpointPort = endpoint.port ?? Authority.defaultPort(scheme)
        allowed = additionalHosts.compactMap(Authority.init(parsing:))
    }

    /// Throws unless a request to this URL may carry the token.
    public func check(_ url: URL) throws {
        if let refusal = refusal(for: url, requiresTLS: true) { throw refusal }
    }

    /// Throws unless this request may carry the token.
    public func check(_ request: HTTPRequest) throws {
        let authority = Authority(parsing: request.authority ?? "")
        if let refusal = refusal(scheme: request.scheme ?? "", host: authority?.host ?? "", port: authority?.port, requiresTLS: true) {
            throw refusal
        }
    }

    func refusal(for url: URL, requiresTLS: Bool) -> TokenConfinementError? {
        refusal(scheme: url.scheme ?? "", host: url.host.map(Authority.normalise(host:)) ?? "", port: url.port, requiresTLS: requiresTLS)
    }

    /// Why a request to `scheme://host:port` may not carry the token, or nil when it may.
    /// `requiresTLS: false` checks the host alone (a client without a credential resuming an operation).
    func refusal(scheme: String, host: String, port: Int?, requiresTLS: Bool) -> TokenConfinementError? {
        let scheme = scheme.lowercased()
        let shown = host.isEmpty ? "(no host)" : host.contains(":") ? "[\(host)]" : host
        let named = port.map { shown + ":\($0)" } ?? shown
        guard scheme == "https" || scheme == "http" else {
            return TokenConfinementError(scheme: scheme, host: named, endpointHost: endpointHost, reason: .insecureScheme)
        }
        if requiresTLS, scheme != "https", !Self.isLoopback(host: host) {
            return TokenConfinementError(scheme: scheme, host: named, endpointHost: endpointHost, reason: .insecureScheme)
        }
        let effectivePort = port ?? Authority.defaultPort(scheme)
        if !host.isEmpty, host == endpointHost && effectivePort == endpointPort { return nil }
        if allowed.contains(where: { $0.host == host && ($0.port ?? Authority.defaultPort(scheme)) == effectivePort }) { return nil }
        return TokenConfinementError(scheme: scheme, host: named, endpointHost: endpointHost, reason: .foreignHost)
    }

    /// 127.0.0.0/8 (four decimal octets), ::1 (or ::ffff:127.x.x.x), `localhost`. Any other
    /// spelling counts as remote, which only ever refuses more.
    public static func isLoopback(host: String) -> Bool {
        let host = Authority.normalise(host: host)
        if host == "localhost" { return true }
        if let octets = ipv4(host) { return octets[0] == 127 }
        guard host.contains(":") else { return false }
        var address = in6_addr()
        guard inet_pton(AF_INET6, host, &address) == 1 else { return false }
        let bytes = withUnsafeBytes(of: address) { Array($0) }
        let mapped = bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF
        return (bytes[0..<15].allSatisfy { $0 == 0 } && bytes[15] == 1) || (mapped && bytes[12] == 127)
    }

    private static func ipv4(_ host: String) -> [UInt8]? {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var octets: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), let value = UInt8(part) else { return nil }
            octets.append(value)
        }
        return octets
    }

    /// A host with an optional port, as `ClientOptions.additionalTokenHosts` and `:authority` spell it.
    struct Authority: Sendable, Hashable {
        var host: String
        var port: Int?

        /// `host`, `host:port`, `[v6]`, `[v6]:port`; user info before `@` is dropped, as URL parsers do.
        init?(parsing text: String) {
            var rest = Substring(text.trimmingCharacters(in: .whitespaces))
            if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
            var portText: Substring?
            if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]") else { return nil }
                let after = rest[rest.index(after: close)...]
                if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty { return nil }
                rest = rest[rest.index(after: rest.startIndex)..<close]
            } else if let colon = rest.lastIndex(of: ":") {
                portText = rest[rest.index(after: colon)...]
                rest = rest[..<colon]
            }
            guard !rest.isEmpty else { return nil }
            host = Authority.normalise(host: String(rest))
            if let portText {
                guard let value = Int(portText), (0...65535).contains(value) else { return nil }
                port = value
            }
        }

        static func normalise(host: String) -> String {
            var host = host.lowercased()
            if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            while host.hasSuffix(".") { host.removeLast() }
            return host
        }

        static func defaultPort(_ scheme: String) -> Int? {
            switch scheme.lowercased() {
            case "https": return 443
            case "http": return 80
            default: return nil
            }
        }
    }
}
