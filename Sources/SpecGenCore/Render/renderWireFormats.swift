/// Values whose wire form is not their Swift type's own (`date-time-rfc1123`, `unixtime`,
/// `base64url`): generated code converts through the runtime's wrapper at the edges (members,
/// parameters, bodies, headers), so the API shows `Date` and `Data`.
extension ModuleRenderer {
    /// The type a value travels as, when it is not its Swift type (nil: the same).
    func wireType(_ type: SwiftType) -> String? {
        switch underlying(type) {
        case .rfc1123Date: return "RFC1123Date"
        case .unixTime: return "UnixTime"
        case .base64URL: return "Base64URLBytes"
        case .array(let element): return wireType(element).map { "[\($0)]" }
        case .dictionary(let value): return wireType(value).map { "[String: \($0)]" }
        case .optional(let wrapped): return wireType(wrapped).map { "\($0)?" }
        case .nullable(let wrapped): return wireType(wrapped).map { "Nullable<\($0)>" }
        default: return nil
        }
    }

    /// `expression` (of the Swift type) as its wire type.
    func toWire(_ expression: String, _ type: SwiftType) -> String {
        switch underlying(type) {
        case .rfc1123Date: return "RFC1123Date(\(expression))"
        case .unixTime: return "UnixTime(\(expression))"
        case .base64URL: return "Base64URLBytes(\(expression))"
        case .array(let element) where wireType(element) != nil: return "\(expression).map { \(toWire("$0", element)) }"
        case .dictionary(let value) where wireType(value) != nil: return "\(expression).mapValues { \(toWire("$0", value)) }"
        case .optional(let wrapped) where wireType(wrapped) != nil, .nullable(let wrapped) where wireType(wrapped) != nil:
            return "\(expression).map { \(toWire("$0", wrapped)) }"
        default: return expression
        }
    }

    /// `expression` (of the wire type) as the Swift type.
    func fromWire(_ expression: String, _ type: SwiftType) -> String {
        switch underlying(type) {
        case .rfc1123Date, .unixTime: return "\(expression).date"
        case .base64URL: return "\(expression).data"
        case .array(let element) where wireType(element) != nil: return "\(expression).map { \(fromWire("$0", element)) }"
        case .dictionary(let value) where wireType(value) != nil: return "\(expression).mapValues { \(fromWire("$0", value)) }"
        case .optional(let wrapped) where wireType(wrapped) != nil, .nullable(let wrapped) where wireType(wrapped) != nil:
            return "\(expression).map { \(fromWire("$0", wrapped)) }"
        default: return expression
        }
    }

    /// Decodes a value of `type` with `call` (`try reader.read(T.self, forKey: k)`), through its wire type.
    func decodeExpression(_ type: SwiftType, optional: Bool, _ call: (String) -> String) -> String {
        guard let wire = wireType(type) else { return call(type.rendered) }
        return optional ? "\(call(wire)).map { \(fromWire("$0", type)) }" : fromWire(call(wire), type)
    }
}
