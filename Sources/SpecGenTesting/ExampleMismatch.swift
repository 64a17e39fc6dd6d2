/// A mismatch between an example and what the generated code built or decoded.
public struct ExampleMismatch: Error, CustomStringConvertible {
    public let description: String
}
