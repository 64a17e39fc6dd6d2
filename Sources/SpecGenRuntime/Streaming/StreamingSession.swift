import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The URLSession a `URLSessionTransport` streams through, made on first use with the transport's
/// configuration. FoundationNetworking calls only a session's own delegate with a task's data (a
/// task's `delegate` gets redirects, not bytes), so streaming tasks run on a session whose delegate
/// hands each task's events to that task's receiver.
final class StreamingSession: @unchecked Sendable {
    private let configuration: URLSessionConfiguration
    private let router = StreamingRouter()
    private let lock = NSLock()
    private var made: URLSession?

    init(configuration: URLSessionConfiguration) {
        self.configuration = configuration
    }

    deinit {
        made?.finishTasksAndInvalidate()
    }

    var session: URLSession {
        lock.withLock {
            if let made { return made }
            let session = URLSession(configuration: configuration, delegate: router, delegateQueue: nil)
            made = session
            return session
        }
    }

    /// Routes `task`'s events to `receiver` until the task completes.
    func register(_ task: URLSessionTask, _ receiver: StreamingReceiver) {
        router.register(task.taskIdentifier, receiver)
    }
}

/// The session delegate: each task's events to the receiver registered for it.
final class StreamingRouter: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var receivers: [Int: StreamingReceiver] = [:]

    func register(_ identifier: Int, _ receiver: StreamingReceiver) {
        lock.withLock { receivers[identifier] = receiver }
    }

    private func receiver(_ task: URLSessionTask, removing: Bool = false) -> StreamingReceiver? {
        lock.withLock { removing ? receivers.removeValue(forKey: task.taskIdentifier) : receivers[task.taskIdentifier] }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        guard let receiver = receiver(dataTask) else { return completionHandler(.cancel) }
        receiver.receive(response, completionHandler: completionHandler)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        receiver(dataTask)?.receive(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        receiver(task, removing: true)?.complete(error)
    }

    /// Redirects come back as the response, as `URLSessionTransport.send` does.
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
