/// The box behind a model's members that are themselves models (`private var _properties:
/// Indirect<ServerProperties>?`, exposed as `properties`). Copying a box copies a reference; a new
/// value gets a new box, so the holder keeps value semantics. Equal and hashed as the boxed value.
///
/// Its conformances are conditional, not constraints on `Wrapped`: a constraint makes every file
/// that names `Indirect<ServerProperties>` fetch the member model's `Hashable` witness table,
/// which the compiler does through a function emitted in that file.
public struct Indirect<Wrapped> {
    private final class Storage {
        let value: Wrapped
        init(_ value: Wrapped) { self.value = value }
    }

    private let storage: Storage

    public init(_ value: Wrapped) { storage = Storage(value) }

    /// A box for an optional member's value; nil stays nil. Generated code calls this rather than
    /// `value.map(Indirect.init)`, which makes the compiler emit a closure at every use.
    public init?(ifPresent value: Wrapped?) {
        guard let value else { return nil }
        storage = Storage(value)
    }

    public var value: Wrapped { storage.value }
}

extension Indirect: Equatable where Wrapped: Equatable {
    public static func == (lhs: Indirect, rhs: Indirect) -> Bool {
        lhs.storage === rhs.storage || lhs.value == rhs.value
    }
}

extension Indirect: Hashable where Wrapped: Hashable {
    public func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
}

// The storage is immutable (`let value`), so sharing a box across tasks is sharing the value.
extension Indirect: @unchecked Sendable where Wrapped: Sendable {}
