import Foundation
import Synchronization

/// Runs a program without a shell (arguments reach it as they are, never interpreted) and collects
/// its output, for at most a time limit.
enum ChildProcess {
    struct Outcome: Sendable {
        var status: Int32
        var output: Data
        var errorOutput: Data
    }

    /// The outcome, or nil when `timeout` ran out first (the process is then sent SIGTERM and left
    /// to exit; output still open in a grandchild is not waited for).
    static func run(_ executable: URL, arguments: [String], environment: [String: String], timeout: Duration) async throws -> Outcome? {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        // Not the caller's folder: a program there must not be picked up by the child's own lookups.
        process.currentDirectoryURL = URL(fileURLWithPath: "/")
        let output = Pipe(), errorOutput = Pipe()
        process.standardOutput = output
        process.standardError = errorOutput
        process.standardInput = FileHandle.nullDevice
        let finish = Finish()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Outcome?, Error>) in
                guard finish.set(continuation) else { return }
                let collected = Mutex((Data(), Data()))
                let reads = DispatchGroup()
                process.terminationHandler = { ended in
                    reads.notify(queue: .global()) {
                        let (out, err) = collected.withLock { $0 }
                        finish.resume(.success(Outcome(status: ended.terminationStatus, output: out, errorOutput: err)))
                    }
                }
                reads.enter()
                do {
                    try process.run()
                } catch {
                    finish.resume(.failure(error))
                    return
                }
                // Both pipes are drained while the child runs, so that a full pipe never blocks it.
                // Each on a thread of its own: a read blocks until the child exits, and blocked
                // Dispatch workers can leave none for the timeout below on a busy 2-core machine.
                for (index, pipe) in [output, errorOutput].enumerated() {
                    reads.enter()
                    Thread {
                        let data = pipe.fileHandleForReading.readDataToEndOfFile()
                        collected.withLock { if index == 0 { $0.0 = data } else { $0.1 = data } }
                        reads.leave()
                    }.start()
                }
                reads.leave()
                let (seconds, attoseconds) = timeout.components
                DispatchQueue.global().asyncAfter(deadline: .now() + Double(seconds) + Double(attoseconds) / 1e18) {
                    if finish.resume(.success(nil)), process.isRunning { process.terminate() }
                }
            }
        } onCancel: {
            if finish.resume(.failure(CancellationError())), process.isRunning { process.terminate() }
        }
    }

    /// Resumes the continuation once, whichever of exit, timeout or cancellation comes first.
    private final class Finish: Sendable {
        private let state = Mutex<(continuation: CheckedContinuation<Outcome?, Error>?, done: Bool)>((nil, false))

        /// False when the wait was cancelled before it began (the continuation is then resumed).
        func set(_ continuation: CheckedContinuation<Outcome?, Error>) -> Bool {
            let early = state.withLock { state -> Bool in
                if state.done { return true }
                state.continuation = continuation
                return false
            }
            // Cancelled before the continuation existed.
            if early { continuation.resume(throwing: CancellationError()) }
            return !early
        }

        /// True for the first call only.
        @discardableResult
        func resume(_ result: Result<Outcome?, Error>) -> Bool {
            let continuation = state.withLock { state -> CheckedContinuation<Outcome?, Error>?? in
                if state.done { return nil }
                state.done = true
                defer { state.continuation = nil }
                return .some(state.continuation)
            }
            guard let continuation else { return false }
            continuation?.resume(with: result)
            return true
        }
    }
}
