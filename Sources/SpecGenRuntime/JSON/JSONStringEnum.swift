/// A generated enum of string values, closed or extensible. `TreeJSONDecoder` and
/// `StreamingJSONEncoder` read and write its raw value directly, instead of through `init(from:)`
/// or `encode(to:)` and a single-value container; other coders use those as usual.
public protocol JSONStringEnum: RawRepresentable, Codable where RawValue == String {}
