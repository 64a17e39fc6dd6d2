import Foundation
import HTTPTypes

/// Microsoft Entra's token endpoint of one tenant, `{authorityHost}/{tenant}/oauth2/v2.0/token`,
/// asked with the client-credentials grant. The client proves itself with a secret or a signed
/// assertion (a workload identity's federated token); either travels only over https or to loopback.
struct EntraTokenEndpoint: Sendable {
    let authorityHost: URL
    let tenantID: String
    let transport: any HTTPTransport
    /// The credential asking, named in errors.
    let credential: String

    /// `proof` holds the fields that authenticate the client (`client_secret`, or
    /// `client_assertion_type` and `client_assertion`).
    func requestToken(clientID: String, scopes: [String], claims: String?, proof: [(String, String)]) async throws -> AccessToken {
        try AuthorityHost.requireSecure(authorityHost, credential: credential, role: "authority host")
        try Validate.pathSegment(tenantID, parameter: "tenantID", operation: credential)
        var fields = [("client_id", clientID), ("scope", scopes.joined(separator: " "))] + proof + [("grant_type", "client_credentials")]
        if let claims { fields.append(("claims", claims)) }
        let form = fields.map { $0.0 + "=" + PercentEncoding.encode($0.1) }.joined(separator: "&")
        var builder = RequestBuilder(method: .post, endpoint: authorityHost)
        builder.appendPath("/")
        builder.appendPathParameter(tenantID)
        builder.appendPath("/oauth2/v2.0/token")
        builder.setHeader("Content-Type", "application/x-www-form-urlencoded")
        builder.setHeader("Accept", "application/json")
        let sentAt = Date()
        let (response, data) = try await transport.send(builder.build().request, body: Data(form.utf8))
        let json = try? JSONValue.parse(data)
        guard response.status.code == 200 else {
            throw AuthenticationError(status: response.status.code, code: json?["error"]?.stringValue,
                                      message: json?["error_description"]?.stringValue ?? "token endpoint answered \(response.status.code)")
        }
        guard let json, let token = json["access_token"]?.stringValue else {
            throw AuthenticationError(status: 200, code: nil, message: "token response has no access_token")
        }
        // Expiry counts from when the request was sent, not when the answer arrived.
        guard let expiresOn = TokenExpiry.read(json, sentAt: sentAt) else {
            throw AuthenticationError(status: 200, code: nil, message: "token response has no expires_in")
        }
        return AccessToken(token: token, expiresOn: expiresOn)
    }
}
