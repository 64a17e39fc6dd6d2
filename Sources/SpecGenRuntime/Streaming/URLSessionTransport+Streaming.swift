import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPTypes

extension URLSessionTransport {
    /// Streams both ways: a file goes up through URLSession's upload from a file (read in pieces as
    /// it is sent), a sequence of chunks through a temporary file it is written to, and the answer's
    /// body is handed on chunk by chunk as the session's delegate receives it.
    ///
    /// URLSession cannot pause a download (FoundationNetworking has no receive back-pressure): a
    /// reader slower than the network lets chunks queue in memory. Read steadily, or use a
    /// transport with back-pressure (AsyncHTTPClient) for very large, slowly consumed downloads.
    public func stream(_ request: HTTPRequest, body: RequestBody?) async throws -> (HTTPResponse, ResponseBodyStream) {
        guard let url = request.url else {
            throw TransportError("request has no absolute URL (scheme, authority and path are all needed)")
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headerFields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name.rawName)
        }
        if let length = body?.length, request.headerFields[.contentLength] == nil {
            urlRequest.setValue(String(length), forHTTPHeaderField: "Content-Length")
        }
        let receiver = StreamingReceiver()
        let session = streaming.session
        let task: URLSessionTask
        switch body?.source {
        case nil:
            task = session.dataTask(with: urlRequest)
        case .data(let data)?:
            urlRequest.httpBody = data
            task = session.dataTask(with: urlRequest)
        case .file(let file)?:
            task = session.uploadTask(with: urlRequest, fromFile: file)
        case .chunks?:
            guard let body else { throw TransportError("no body") }
            // FoundationNetworking reads a request's body stream synchronously, on the queue all of
            // its sessions share: a stream that waits for its producer stalls every transfer (and
            // can deadlock a producer that needs one). The chunks go to a temporary file first, and
            // URLSession uploads that file in pieces; the body never sits whole in memory.
            let spool = try await SpooledBody.write(body)
            receiver.spool = spool
            task = session.uploadTask(with: urlRequest, fromFile: spool)
        }
        streaming.register(task, receiver)
        return try await withTaskCancellationHandler {
            let response = try await receiver.start(task)
            // The stream holds the transfer: dropped unfinished, it cancels the task.
            let transfer = TransferCancellation(task)
            let queue = receiver.queue
            return (response, ResponseBodyStream(AsyncThrowingStream(unfolding: {
                _ = transfer
                return try await queue.next()
            })))
        } onCancel: {
            DispatchQueue.global().async { task.cancel() }
        }
    }
}

/// One streaming task's events: the response once its head arrives, then its body's chunks.
final class StreamingReceiver: @unchecked Sendable {
    private let lock = NSLock()
    private var head: CheckedContinuation<HTTPResponse, Error>?
    /// The body's chunks, in memory up to a limit and on disk past it (URLSession cannot pause).
    let queue = SpillingChunkQueue()
    /// The temporary file a sequence's chunks were written to, removed when the transfer ends.
    var spool: URL?

    func start(_ task: URLSessionTask) async throws -> HTTPResponse {
        try await withCheckedThrowingContinuation { head in
            lock.withLock { self.head = head }
            task.resume()
        }
    }

    private func answerHead(_ result: Result<HTTPResponse, Error>) {
        let head = lock.withLock { () -> CheckedContinuation<HTTPResponse, Error>? in
            defer { self.head = nil }
            return self.head
        }
        head?.resume(with: result)
    }

    func receive(_ response: URLResponse, completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        guard let http = response as? HTTPURLResponse else {
            answerHead(.failure(TransportError("not an HTTP response")))
            completionHandler(.cancel)
            return
        }
        var fields = HTTPFields()
        for (key, value) in http.allHeaderFields {
            guard let key = key as? String, let name = HTTPField.Name(key), let text = value as? String else { continue }
            fields.append(HTTPField(name: name, value: text))
        }
        answerHead(.success(HTTPResponse(status: .init(code: http.statusCode), headerFields: fields)))
        completionHandler(.allow)
    }

    func receive(_ data: Data) {
        queue.append(data)
    }

    func complete(_ error: Error?) {
        if let spool { try? FileManager.default.removeItem(at: spool) }
        if let error {
            let cancelled = (error as? URLError)?.code == .cancelled
            let failure: Error = cancelled ? CancellationError() : TransportError(error.localizedDescription)
            answerHead(.failure(failure))
            queue.finish(throwing: failure)
        } else {
            answerHead(.failure(TransportError("the transfer ended without a response")))
            queue.finish(throwing: nil)
        }
    }
}

/// Cancels a transfer when the last reference to its body goes (a reader that stopped early).
final class TransferCancellation: @unchecked Sendable {
    private let task: URLSessionTask

    init(_ task: URLSessionTask) { self.task = task }

    deinit {
        if task.state == .running { task.cancel() }
    }
}
