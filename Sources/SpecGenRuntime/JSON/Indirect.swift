/// Boxes a model that (directly or through other models) contains itself, which a Swift struct
/// cannot store inline. Encodes and decodes exactly as the boxed value.
public struct Indirect<Wrapped: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    private final class Storage: Sendable {
        let value: Wrapped
        init(_ value: Wrapped) { self.value = value }
    }

    private let storage: Storage

    public init(_ value: Wrapped) { storage = Storage(value) }

    public var value: Wrapped { storage.value }

    public init(from decoder: Decoder) throws {
        self.init(try Wrapped(from: decoder))
    }

    public func encode(to encoder: Encoder) throws {
        try value.encode(to: encoder)
    }

    public static func == (lhs: Indirect, rhs: Indirect) -> Bool { lhs.value == rhs.value }

    public func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
}
