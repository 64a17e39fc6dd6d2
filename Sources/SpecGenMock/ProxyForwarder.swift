import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends a request the mock received on to a real service and hands back its answer as it came:
/// redirects are not followed (they go back to the client), and only the headers that belong to
/// one connection are left out each way.
struct ProxyForwarder: Sendable {
    let upstream: URL
    private let session: URLSession

    init(upstream: URL) {
        self.upstream = upstream
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        session = URLSession(configuration: configuration, delegate: RedirectPassThrough(), delegateQueue: nil)
    }

    /// Headers of one hop (RFC 9110 §7.6.1), and those URLSession sets itself.
    static let hopHeaders: Set<String> = [
        "connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "transfer-encoding", "upgrade", "host", "content-length", "accept-encoding",
    ]

    /// The service's URL for a request target (`/path?query`): the upstream's path in front.
    func url(for target: String) -> URL? {
        var base = upstream.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        return URL(string: base + (target.hasPrefix("/") ? target : "/" + target))
    }

    func forward(_ request: MockRequest) async throws -> MockResponse {
        guard let url = url(for: request.target) else { throw ProxyError(message: "cannot form a URL from \(upstream) and \(request.target)") }
        var outgoing = URLRequest(url: url)
        outgoing.httpMethod = request.method
        for header in request.headers where !Self.hopHeaders.contains(header.name.lowercased()) {
            outgoing.addValue(header.value, forHTTPHeaderField: header.name)
        }
        if !request.body.isEmpty { outgoing.httpBody = request.body }
        let (data, response) = try await send(outgoing)
        // URLSession has already undone any content coding: the body goes back as plain bytes.
        let dropped = Self.hopHeaders.union(["content-encoding"])
        let headers = response.allHeaderFields.compactMap { key, value -> (name: String, value: String)? in
            guard let name = key as? String, let text = value as? String, !dropped.contains(name.lowercased()) else { return nil }
            return (name, text)
        }.sorted { $0.name.lowercased() < $1.name.lowercased() }
        return MockResponse(status: response.statusCode, headers: headers, body: data)
    }

    private func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: request) { data, response, error in
                if let error {
                    continuation.resume(throwing: ProxyError(message: error.localizedDescription))
                } else if let http = response as? HTTPURLResponse {
                    continuation.resume(returning: (data ?? Data(), http))
                } else {
                    continuation.resume(throwing: ProxyError(message: "not an HTTP response"))
                }
            }.resume()
        }
    }
}

struct ProxyError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Redirects go back to the client unchanged, as every other answer does.
private final class RedirectPassThrough: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
