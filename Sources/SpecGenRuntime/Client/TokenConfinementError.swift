/// A request would have carried the bearer token somewhere it does not belong: over plain http to a
/// host that is not loopback, or to a host other than the endpoint's that the client does not allow.
/// Nothing was sent.
public struct TokenConfinementError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// Not https (plain http is allowed only to loopback hosts).
        case insecureScheme
        /// Neither the endpoint's host nor one in `ClientOptions.additionalTokenHosts`.
        case foreignHost
    }

    /// The scheme of the refused URL.
    public let scheme: String
    /// The refused host, with its port when the URL named one.
    public let host: String
    /// The client's endpoint host, for comparison.
    public let endpointHost: String
    public let reason: Reason

    public var description: String {
        switch reason {
        case .insecureScheme:
            return "refusing to send the bearer token to \(host) over \(scheme.isEmpty ? "an unknown scheme" : scheme): "
                + "only https carries it (plain http only to a loopback host)"
        case .foreignHost:
            return "refusing to send the bearer token to \(host): the client's endpoint host is \(endpointHost); "
                + "allow another host in ClientOptions.additionalTokenHosts"
        }
    }
}
