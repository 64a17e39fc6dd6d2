import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPTypes

/// Sends one HTTP request and returns the response with its whole body.
/// The default is `URLSessionTransport`; any other client (AsyncHTTPClient, a test double) fits.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data)
}

/// The request could not be sent or its answer not received (DNS, connection, timeout).
public struct TransportError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { "transport error: \(message)" }
}

/// `HTTPTransport` over Foundation's URLSession (FoundationNetworking on Linux).
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession

    public init(session: URLSession = URLSession(configuration: .ephemeral)) {
        self.session = session
    }

    public func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        guard let url = request.url else {
            throw TransportError("request has no absolute URL (scheme, authority and path are all needed)")
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headerFields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name.rawName)
        }
        urlRequest.httpBody = body
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw TransportError(error.localizedDescription)
        }
        guard let http = response as? HTTPURLResponse else {
            throw TransportError("not an HTTP response")
        }
        var fields = HTTPFields()
        for (key, value) in http.allHeaderFields {
            guard let key = key as? String, let name = HTTPField.Name(key), let text = value as? String else { continue }
            fields.append(HTTPField(name: name, value: text))
        }
        return (HTTPResponse(status: .init(code: http.statusCode), headerFields: fields), data)
    }
}
