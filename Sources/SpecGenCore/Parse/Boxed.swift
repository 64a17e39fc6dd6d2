/// A reference box that gives a recursive value type (a schema's `items`, its
/// `additionalProperties`) a fixed size.
public final class Boxed<Value: Sendable>: Sendable {
    public let value: Value
    public init(_ value: Value) { self.value = value }
}
