import Foundation

/// A value that can stand in a URL path, a query or a header: its text form on the wire.
public protocol RequestParameterValue {
    var parameterText: String { get }
}

extension String: RequestParameterValue { public var parameterText: String { self } }
extension Bool: RequestParameterValue { public var parameterText: String { self ? "true" : "false" } }
extension Int: RequestParameterValue { public var parameterText: String { String(self) } }
extension Int32: RequestParameterValue { public var parameterText: String { String(self) } }
extension Int64: RequestParameterValue { public var parameterText: String { String(self) } }
extension Double: RequestParameterValue { public var parameterText: String { String(self) } }
extension Float: RequestParameterValue { public var parameterText: String { String(self) } }
extension Date: RequestParameterValue { public var parameterText: String { RFC3339.format(self) } }
/// `format: byte`: base64, as in a JSON body.
extension Data: RequestParameterValue { public var parameterText: String { base64EncodedString() } }
extension UUID: RequestParameterValue { public var parameterText: String { uuidString.lowercased() } }

/// A null item of an array parameter is sent as an empty value (`a=&a=x`, `,x`), as AutoRest's clients do.
extension Optional: RequestParameterValue where Wrapped: RequestParameterValue {
    public var parameterText: String { self?.parameterText ?? "" }
}

extension RequestParameterValue where Self: RawRepresentable, RawValue == String {
    public var parameterText: String { rawValue }
}
