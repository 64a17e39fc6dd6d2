import Foundation
import HTTPTypes

/// Redirects, followed by the pipeline rather than the transport, so that it decides which headers
/// go along: 301, 302, 303, 307 and 308 for GET and HEAD only (a 303 of a GET stays a GET), never
/// from https to http, and without `Authorization` (nor the token again) once the scheme, host or
/// port changes. Any other redirect is the answer, for the contract to document or refuse.
struct RedirectPolicy {
    static let statuses: Set<Int> = [301, 302, 303, 307, 308]

    /// The request that follows a redirect, and whether it left the origin of the one before.
    struct Hop {
        var request: HTTPRequest
        var leavesOrigin: Bool
    }

    /// The request to send after `response` to `request`, or nil when `response` is the answer.
    static func next(after response: HTTPResponse, to request: HTTPRequest) -> Hop? {
        guard statuses.contains(response.status.code), request.method == .get || request.method == .head,
              let location = ResponseDecoding.header("Location", in: response.headerFields),
              let base = request.url,
              let target = URL(string: location, relativeTo: base)?.absoluteURL,
              let scheme = target.scheme?.lowercased(), scheme == "https" || scheme == "http",
              var next = HTTPRequest(getting: target)
        else { return nil }
        let fromScheme = request.scheme?.lowercased() ?? ""
        // A downgrade would expose whatever the request carries; the caller gets the redirect instead.
        if fromScheme == "https" && scheme == "http" { return nil }
        // 303 means "see this other resource with GET"; a HEAD stays a HEAD (RFC 9110 §15.4.4).
        next.method = request.method
        next.headerFields = request.headerFields
        let leavesOrigin = fromScheme != scheme || !sameAuthority(request, next)
        if leavesOrigin { next.headerFields[.authorization] = nil }
        return Hop(request: next, leavesOrigin: leavesOrigin)
    }

    /// Host (case-insensitive) and port, the scheme's default standing in for an absent one.
    private static func sameAuthority(_ first: HTTPRequest, _ second: HTTPRequest) -> Bool {
        func key(_ request: HTTPRequest) -> TokenConfinement.Authority? {
            guard var authority = TokenConfinement.Authority(parsing: request.authority ?? "") else { return nil }
            authority.port = authority.port ?? TokenConfinement.Authority.defaultPort(request.scheme ?? "")
            return authority
        }
        guard let left = key(first), let right = key(second) else { return false }
        return left == right
    }
}
