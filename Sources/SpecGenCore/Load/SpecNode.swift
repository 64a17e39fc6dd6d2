/// A node of a loaded contract file: YAML (or JSON) reduced to scalars, ordered mappings and
/// sequences, each remembering where it stood in its file.
public struct SpecNode: Sendable {
    public enum ScalarKind: Sendable { case string, integer, number, boolean, null }

    public indirect enum Value: Sendable {
        case scalar(String, ScalarKind)
        /// Keys in file order: generated output follows spec order.
        case mapping([(key: String, value: SpecNode)])
        case sequence([SpecNode])
    }

    public let value: Value
    public let location: SourceLocation

    public subscript(key: String) -> SpecNode? {
        guard case .mapping(let entries) = value else { return nil }
        return entries.first { $0.key == key }?.value
    }

    public var entries: [(key: String, value: SpecNode)] {
        if case .mapping(let entries) = value { return entries }
        return []
    }

    public var items: [SpecNode] {
        if case .sequence(let items) = value { return items }
        return []
    }

    public var isMapping: Bool {
        if case .mapping = value { return true }
        return false
    }

    /// The text of a scalar of any kind.
    public var scalarText: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    public var scalarKind: ScalarKind? {
        if case .scalar(_, let kind) = value { return kind }
        return nil
    }

    public func string(_ key: String) -> String? { self[key]?.scalarText }

    public func bool(_ key: String) -> Bool {
        self[key]?.scalarText.map { $0 == "true" || $0 == "True" } ?? false
    }

    public func int(_ key: String) -> Int? { self[key]?.scalarText.flatMap { Int($0) } }

    /// Same keys (in order), items and scalars, wherever each node stands.
    public func hasSameContent(as other: SpecNode) -> Bool {
        switch (value, other.value) {
        case (.scalar(let left, let leftKind), .scalar(let right, let rightKind)):
            return left == right && leftKind == rightKind
        case (.sequence(let left), .sequence(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.hasSameContent(as: $1) }
        case (.mapping(let left), .mapping(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && $0.value.hasSameContent(as: $1.value) }
        default:
            return false
        }
    }
}
