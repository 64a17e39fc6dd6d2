import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPTypes

/// Sends one HTTP request and returns the response with its whole body.
/// The default is `URLSessionTransport`; any other client (AsyncHTTPClient, a test double) fits.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data)

    /// Sends a body that may not be in memory (a file, a sequence of chunks) and hands back the
    /// answer's body as it arrives. The default buffers both through `send`: a transport that can
    /// stream (URLSessionTransport does) implements it to keep large transfers out of memory.
    func stream(_ request: HTTPRequest, body: RequestBody?) async throws -> (HTTPResponse, ResponseBodyStream)
}

extension HTTPTransport {
    public func stream(_ request: HTTPRequest, body: RequestBody?) async throws -> (HTTPResponse, ResponseBodyStream) {
        let data = try await body?.collect()
        let (response, answer) = try await send(request, body: data)
        return (response, ResponseBodyStream(data: answer))
    }
}

/// The request could not be sent or its answer not received (DNS, connection, timeout).
public struct TransportError: Error, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { "transport error: \(message)" }
}

/// `HTTPTransport` over Foundation's URLSession (FoundationNetworking on Linux).
///
/// Redirects come back as the response: URLSession would follow them itself, `Authorization`
/// included, to whatever host they name; `ServiceClient` follows them by its own rules instead.
/// Another transport should do the same.
public struct URLSessionTransport: HTTPTransport {
    let session: URLSession
    /// For `stream`: a session of the same configuration, made on first use.
    let streaming: StreamingSession

    public init(session: URLSession = URLSession(configuration: .ephemeral)) {
        self.session = session
        streaming = StreamingSession(configuration: session.configuration)
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
        let (data, http) = try await perform(urlRequest)
        var fields = HTTPFields()
        for (key, value) in http.allHeaderFields {
            guard let key = key as? String, let name = HTTPField.Name(key), let text = value as? String else { continue }
            fields.append(HTTPField(name: name, value: text))
        }
        return (HTTPResponse(status: .init(code: http.statusCode), headerFields: fields), data)
    }

    /// The completion-handler API, with cancellation handed to another queue: cancelling
    /// `URLSession.data(for:)` directly can deadlock in swift-corelibs-foundation, whose cancel
    /// waits for the session queue while that queue waits to resume the cancelled task.
    private func perform(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let running = RunningTask()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<(Data, HTTPURLResponse), Error>) in
                let task = session.dataTask(with: request) { data, response, error in
                    if let error {
                        let cancelled = (error as? URLError)?.code == .cancelled
                        continuation.resume(throwing: cancelled ? CancellationError() : TransportError(error.localizedDescription))
                    } else if let http = response as? HTTPURLResponse {
                        continuation.resume(returning: (data ?? Data(), http))
                    } else {
                        continuation.resume(throwing: TransportError("not an HTTP response"))
                    }
                }
                // Per task, so that a session passed in by the caller refuses redirects too.
                task.delegate = RedirectRefusal.shared
                running.start(task)
            }
        } onCancel: {
            DispatchQueue.global().async { running.cancel() }
        }
    }
}

/// The URLSession task of one request, cancellable from another thread.
private final class RunningTask: @unchecked Sendable {
    private let lock = NSLock()
    private var task: URLSessionDataTask?
    private var cancelled = false

    func start(_ task: URLSessionDataTask) {
        let cancelNow = lock.withLock { () -> Bool in
            self.task = task
            return cancelled
        }
        task.resume()
        if cancelNow { task.cancel() }
    }

    func cancel() {
        let task = lock.withLock { () -> URLSessionDataTask? in
            cancelled = true
            return self.task
        }
        task?.cancel()
    }
}

/// Declines every redirect, so the 3xx itself completes the task.
final class RedirectRefusal: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    static let shared = RedirectRefusal()

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
