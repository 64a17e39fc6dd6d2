import Foundation

/// Microsoft Entra authority hosts of the Azure clouds, and the reading of `AZURE_AUTHORITY_HOST`.
public enum AuthorityHost {
    public static let publicCloud = URL(string: "https://login.microsoftonline.com")!
    public static let usGovernment = URL(string: "https://login.microsoftonline.us")!
    public static let china = URL(string: "https://login.chinacloudapi.cn")!

    /// `AZURE_AUTHORITY_HOST` as a URL (a bare host name means https, as Azure Identity reads it),
    /// else the public cloud. Whether the scheme is acceptable is checked when a token is requested.
    public static func from(environment: [String: String]) -> URL {
        guard let text = environment["AZURE_AUTHORITY_HOST"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return publicCloud
        }
        let withScheme = text.contains("://") ? text : "https://" + text
        return URL(string: withScheme) ?? publicCloud
    }

    /// Throws unless `url` is https, or plain http to a loopback host (a test stand-in): secrets
    /// and tokens do not cross a network in clear text.
    static func requireSecure(_ url: URL, credential: String, role: String) throws {
        let scheme = url.scheme?.lowercased()
        if scheme == "https" || (scheme == "http" && TokenConfinement.isLoopback(host: url.host ?? "")) { return }
        throw AuthenticationError(status: nil, code: nil,
                                  message: "\(credential): the \(role) \(url.absoluteString) is neither https nor a loopback address")
    }
}
