import Foundation

/// When a token from an issuer's JSON answer expires. Issuers disagree on the form: Entra sends
/// `expires_in` (seconds, a number), managed identity endpoints send `expires_on` (Unix seconds,
/// often as a string) and `expires_in` as a string.
enum TokenExpiry {
    /// `expires_on` if present, else `sentAt + expires_in`; nil when neither is readable.
    static func read(_ json: JSONValue, sentAt: Date) -> Date? {
        if let seconds = number(json["expires_on"]) { return Date(timeIntervalSince1970: seconds) }
        if let lifetime = number(json["expires_in"]) { return sentAt.addingTimeInterval(lifetime) }
        return nil
    }

    /// A JSON number, or a string holding one.
    static func number(_ value: JSONValue?) -> Double? {
        switch value {
        case .integer(let number)?: return Double(number)
        case .number(let number)?: return number
        case .string(let text)?: return Double(text.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }
}
