import Foundation

/// Frees large intermediate trees (a file's YAML nodes once converted, the loaded contract once
/// lowered) on another core: deallocating a few hundred thousand nodes one by one is a few
/// milliseconds of a generation that need not wait for it.
enum Retirement {
    private static let queue = DispatchQueue(label: "specgen.retirement", qos: .utility)

    /// Takes over `value`; its last reference is dropped on the retirement queue.
    static func release<Value>(_ value: consuming Value) {
        let box = Box(value)
        queue.async { box.value = nil }
    }

    private final class Box<Value>: @unchecked Sendable {
        // Only the retirement queue touches it after `release` returns.
        var value: Value?
        init(_ value: consuming Value) { self.value = value }
    }
}
