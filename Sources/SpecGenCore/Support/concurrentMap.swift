import Foundation

/// `body` for every index in `0..<count`, spread over the cores; the results in index order.
/// For independent jobs only: renderings of files, writes into separate folders.
func concurrentMap<Result>(count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
    let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
        results.deinitialize()
        results.deallocate()
    }
    // Each job writes only its own slot.
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots[index] = body(index)
    }
    return results.map { $0! }
}
